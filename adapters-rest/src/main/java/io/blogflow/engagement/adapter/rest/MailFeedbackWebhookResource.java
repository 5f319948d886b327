package io.blogflow.engagement.adapter.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.blogflow.engagement.application.port.in.MailFeedbackUseCase;
import io.blogflow.engagement.application.port.in.MailFeedbackUseCase.Notification;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.ValidationException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The mail provider's bounce and complaint notifications, provider-neutral: a small signed JSON body (a relay or the
 * provider's own webhook signs it with the shared secret). The raw body is kept for the signature check; it is read
 * as JSON only once the signature verifies.
 */
@Path("/api/v1/newsletter/webhooks/mail-feedback")
@PermitAll
@Tag(name = "Newsletter delivery feedback", description = "Bounce and complaint notifications from the mail "
        + "provider (signed with BLOGFLOW_NEWSLETTER_WEBHOOK_SECRET): they mark subscribers bounced or complained.")
public class MailFeedbackWebhookResource {

    static final String SIGNATURE = "X-Blogflow-Signature";

    private final MailFeedbackUseCase feedback;
    private final ObjectReader notifications;

    public MailFeedbackWebhookResource(MailFeedbackUseCase feedback, ObjectMapper json) {
        this.feedback = feedback;
        // providers add fields of their own: only ours are read
        this.notifications = json.readerFor(NotificationRequest.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Schema(name = "MailFeedbackNotification")
    record NotificationRequest(@Schema(required = true, enumeration = {"bounce", "complaint"}) String type,
                               @Schema(required = true, examples = "reader@example.org") String email,
                               @Schema(description = "Bounces only: permanent (default) or transient; a transient "
                                       + "bounce changes nothing.", enumeration = {"permanent", "transient"})
                               String bounceType) {
    }

    @Schema(name = "MailFeedbackReceipt")
    record Receipt(@Schema(required = true) boolean received,
                   @Schema(required = true,
                           description = "Whether a subscriber changed (false: unknown address, already in that "
                           + "state, a complaint over a bounce, or a transient bounce).") boolean applied,
                   @Schema(description = "The subscriber's state afterwards; null when no subscriber has the "
                           + "address.") String state) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(operationId = "receiveMailFeedback", summary = "Bounce and complaint notifications of the mail provider",
            description = "Public, authenticated by the X-Blogflow-Signature header: t=<unix seconds>,v1=<hex "
                    + "HMAC-SHA256 of \"<t>.<raw body>\" with BLOGFLOW_NEWSLETTER_WEBHOOK_SECRET> (several v1 during a "
                    + "secret rotation), t within BLOGFLOW_NEWSLETTER_WEBHOOK_TOLERANCE (300 s) of now. A permanent "
                    + "bounce marks the subscriber with the address bounced (a complained one stays complained), a "
                    + "complaint marks it complained; neither gets newsletters again. Audited as "
                    + "newsletter.subscriber-reported. Idempotent.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NotificationRequest.class),
            examples = @ExampleObject(name = "bounce",
                    value = "{\"type\": \"bounce\", \"email\": \"reader@example.org\", \"bounceType\": \"permanent\"}")))
    @APIResponse(responseCode = "200", description = "Received; applied when a subscriber changed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Receipt.class), examples = @ExampleObject(name = "applied",
                    value = "{\"received\": true, \"applied\": true, \"state\": \"bounced\"}")))
    @APIResponse(responseCode = "400", description = "Unsigned, forged or stale, or no secret configured "
            + "(webhook.invalid-signature); or a malformed notification. Nothing changed.",
            content = @Content(mediaType = "application/problem+json"))
    public Receipt receive(@Parameter(description = "t=<unix seconds>,v1=<hex HMAC-SHA256>[,v1=…]")
                           @HeaderParam(SIGNATURE) String signature, byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        var outcome = feedback.receive(raw, signature, () -> parse(raw));
        return new Receipt(true, outcome.applied(), outcome.state());
    }

    private Notification parse(byte[] raw) {
        try {
            NotificationRequest request = notifications.readValue(raw);
            return request == null ? null : new Notification(request.type(), request.email(), request.bounceType());
        } catch (IOException malformed) {
            throw new ValidationException(List.of(new FieldError("body", "malformed-json",
                    "The notification is not a JSON object {type, email, bounceType?}.")));
        }
    }
}
