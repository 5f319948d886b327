package io.blogflow.billing.adapter.rest;

import io.blogflow.billing.application.port.in.ProviderWebhookUseCase;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/billing/webhooks/stripe")
@Tag(name = "Billing")
public class StripeWebhookResource {

    private final ProviderWebhookUseCase webhooks;

    public StripeWebhookResource(ProviderWebhookUseCase webhooks) {
        this.webhooks = webhooks;
    }

    @Schema(name = "WebhookReceipt")
    record Receipt(@Schema(required = true) boolean received,
                   @Schema(required = true, description = "False for a replay, an event older than what was "
            + "applied, or a type billing does not act on.") boolean applied) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(operationId = "receiveStripeWebhook", summary = "Stripe's webhook",
            description = "Public, authenticated by the Stripe-Signature header: HMAC-SHA256 over the raw body with "
                    + "BLOGFLOW_STRIPE_WEBHOOK_SECRET, timestamp within 300 s. Acts on checkout.session.completed, "
                    + "customer.subscription.created/updated/deleted, invoice.paid and invoice.payment_failed; each "
                    + "event id once, older state never over newer.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = "A Stripe event."),
            examples = @ExampleObject(name = "invoice.paid", value = "{\"id\": \"evt_1\", \"type\": \"invoice.paid\", "
                    + "\"created\": 1776000000, \"data\": {\"object\": {\"object\": \"invoice\", \"id\": \"in_1\", "
                    + "\"customer\": \"cus_1\", \"subscription\": \"sub_1\", \"amount_paid\": 1900}}}")))
    @APIResponse(responseCode = "200", description = "Received (and applied unless a replay or stale).",
            content = @Content(schema = @Schema(implementation = Receipt.class), mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "applied",
                    value = "{\"received\": true, \"applied\": true}")))
    @APIResponse(responseCode = "400", description = "Unsigned, forged or stale (webhook.invalid-signature); "
            + "nothing changed.")
    public Receipt receive(@Parameter(description = "t=<unix time>,v1=<hex HMAC>[,v1=…]")
                           @HeaderParam("Stripe-Signature") String signature, byte[] body) {
        return new Receipt(true, webhooks.handle(body == null ? new byte[0] : body, signature));
    }
}
