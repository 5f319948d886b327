package io.blogflow.billing.adapter.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogflow.billing.application.port.out.PaymentProvider.ProviderEvent;
import io.blogflow.shared.domain.InvalidSignatureException;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Stripe's event JSON in billing's terms. Read field by field rather than through the library's typed objects, which
 * are only filled when the event's API version matches the library's: an account on another version still works.
 */
final class StripeEvents {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> TYPES = Map.of(
            "checkout.session.completed", "checkout-completed",
            "customer.subscription.created", "subscription-updated",
            "customer.subscription.updated", "subscription-updated",
            "customer.subscription.deleted", "subscription-deleted",
            "invoice.paid", "invoice-paid",
            "invoice.payment_failed", "payment-failed");

    private StripeEvents() {
    }

    static ProviderEvent parse(String payload) {
        JsonNode event;
        try {
            event = JSON.readTree(payload);
        } catch (IOException malformed) {
            throw notAnEvent();
        }
        JsonNode object = event == null ? null : event.path("data").path("object");
        String id = text(event, "id");
        String type = text(event, "type");
        Long created = number(event, "created");
        if (id == null || type == null || created == null || object == null || !object.isObject()) {
            throw notAnEvent();
        }
        String objectType = text(object, "object");
        String subscription = "subscription".equals(objectType) ? text(object, "id") : text(object, "subscription");
        boolean invoice = "invoice".equals(objectType);
        return new ProviderEvent(id, TYPES.getOrDefault(type, "other"), Instant.ofEpochSecond(created),
                text(object, "customer"), subscription, text(object, "status"), invoice ? text(object, "id") : null,
                invoice ? number(object, "amount_paid") : null, epoch(period(object, "current_period_start")),
                epoch(period(object, "current_period_end")), metadata(object));
    }

    private static InvalidSignatureException notAnEvent() {
        return new InvalidSignatureException("The webhook body is not a Stripe event.");
    }

    /** Since API version 2025-03-31 the period lives on the subscription's items. */
    private static Long period(JsonNode object, String name) {
        Long own = number(object, name);
        return own != null ? own : number(object.path("items").path("data").path(0), name);
    }

    /** Ours (set on the checkout session and its subscription), else the invoice's subscription details. */
    private static Map<String, String> metadata(JsonNode object) {
        Map<String, String> metadata = new HashMap<>();
        copy(object.path("metadata"), metadata);
        copy(object.path("subscription_details").path("metadata"), metadata);
        copy(object.path("parent").path("subscription_details").path("metadata"), metadata);
        String reference = text(object, "client_reference_id");
        if (reference != null) {
            metadata.putIfAbsent("account_id", reference);
        }
        return metadata;
    }

    private static void copy(JsonNode source, Map<String, String> into) {
        if (source.isObject()) {
            source.fields().forEachRemaining(entry -> {
                if (entry.getValue().isValueNode() && !entry.getValue().isNull()) {
                    into.putIfAbsent(entry.getKey(), entry.getValue().asText());
                }
            });
        }
    }

    private static String text(JsonNode object, String name) {
        JsonNode value = object.path(name);
        if (value.isObject()) {
            return text(value, "id"); // an expanded object
        }
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    private static Long number(JsonNode object, String name) {
        JsonNode value = object.path(name);
        return value.isIntegralNumber() ? value.asLong() : null;
    }

    private static Instant epoch(Long seconds) {
        return seconds == null ? null : Instant.ofEpochSecond(seconds);
    }
}
