package io.blogflow.engagement.adapter.rest;

import io.blogflow.engagement.application.port.in.ConfirmSubscriptionUseCase;
import io.blogflow.engagement.application.port.in.SubscribeUseCase;
import io.blogflow.engagement.application.port.in.SubscribeUseCase.Subscribe;
import io.blogflow.engagement.application.port.in.UnsubscribeUseCase;
import io.blogflow.shared.adapter.rest.RequestBodies;
import io.blogflow.shared.adapter.rest.TokenRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The newsletter for readers: subscribe (double opt-in), confirm, unsubscribe with one click. */
@Path("/api/v1/public/newsletter")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
public class NewsletterResource {

    private static final String PROBLEM = "application/problem+json";

    private final SubscribeUseCase subscribe;
    private final ConfirmSubscriptionUseCase confirm;
    private final UnsubscribeUseCase unsubscribe;

    public NewsletterResource(SubscribeUseCase subscribe, ConfirmSubscriptionUseCase confirm,
                              UnsubscribeUseCase unsubscribe) {
        this.subscribe = subscribe;
        this.confirm = confirm;
        this.unsubscribe = unsubscribe;
    }

    @Schema(name = "NewsletterSubscriptionRequest")
    public record SubscriptionRequest(
            @Schema(required = true, examples = "reader@example.org") String email,
            @Schema(description = "Optional, at most 100 characters.", examples = "Ada") String name,
            @Schema(description = "Tag or category slugs; none: every post. At most 20.") List<String> topics,
            @Schema(description = "The form the reader used (consent record). Default: api.", examples = "footer")
            String source,
            @Schema(description = "Version of the consent text shown (consent record). Default: "
                    + "BLOGFLOW_NEWSLETTER_CONSENT_TEXT_VERSION.", examples = "2026-01") String consentTextVersion) {
    }

    @Schema(name = "NewsletterStatus")
    public record StatusResponse(@Schema(enumeration = {"pending", "active", "unsubscribed"}) String status,
                                 String message) {

        static final StatusResponse PENDING = new StatusResponse("pending",
                "Check your inbox to confirm the subscription.");
        static final StatusResponse ACTIVE = new StatusResponse("active", "Subscribed.");
        static final StatusResponse UNSUBSCRIBED = new StatusResponse("unsubscribed", "Unsubscribed.");
    }

    @POST
    @Path("subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "subscribeToNewsletter", summary = "Ask for the newsletter (double opt-in)",
            description = "Sends a confirmation email with a link valid once for 48 hours. The answer is the same "
                    + "whether or not the address is subscribed already. Rate limited per client address; "
                    + "confirmation emails are also limited per address (quietly).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "subscribe", value = "{\"email\": "
            + "\"reader@example.org\", \"name\": \"Ada\", \"topics\": [\"java\", \"architecture\"], \"source\": "
            + "\"footer\", \"consentTextVersion\": \"2026-01\"}")))
    @APIResponse(responseCode = "202", description = "A confirmation email is on its way if the address can "
            + "subscribe.", content = @Content(schema = @Schema(implementation = StatusResponse.class),
            examples = @ExampleObject(name = "pending", value = "{\"status\": \"pending\", \"message\": \"Check your "
                    + "inbox to confirm the subscription.\"}")))
    @APIResponse(responseCode = "400", description = "No body, a malformed address, name, topic or consent field.",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "429", description = "Too many requests from this address.",
            headers = @Header(name = "Retry-After"), content = @Content(mediaType = PROBLEM))
    public RestResponse<StatusResponse> subscribe(SubscriptionRequest body, @Context HttpServerRequest request) {
        SubscriptionRequest asked = RequestBodies.required(body);
        subscribe.subscribe(new Subscribe(asked.email(), asked.name(), asked.topics(), asked.source(),
                asked.consentTextVersion(), VisitorParams.clientOf(request)));
        return RestResponse.accepted(StatusResponse.PENDING);
    }

    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "confirmNewsletterSubscription", summary = "Confirm a subscription",
            description = "With the token of the confirmation email; it works once, within 48 hours.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "confirm",
            value = "{\"token\": \"q3v9Yk1m6b2Jw0tR8xZs4uHc7eLpNf5aDg2iKo1rTyU\"}")))
    @APIResponse(responseCode = "200", description = "Subscribed.",
            content = @Content(schema = @Schema(implementation = StatusResponse.class),
                    examples = @ExampleObject(name = "active", value = "{\"status\": \"active\", \"message\": "
                            + "\"Subscribed.\"}")))
    @APIResponse(responseCode = "400", description = "Unknown, used or expired token (newsletter.invalid-token).",
            content = @Content(mediaType = PROBLEM))
    public StatusResponse confirm(TokenRequest body) {
        confirm.confirm(TokenRequest.tokenOf(body));
        return StatusResponse.ACTIVE;
    }

    @POST
    @Path("unsubscribe")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "unsubscribeFromNewsletter", summary = "Unsubscribe with a newsletter's token",
            description = "Idempotent. The same address also takes RFC 8058 one-click POSTs (form body "
                    + "List-Unsubscribe=One-Click, token in the query).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "unsubscribe",
            value = "{\"token\": \"0190d6b2-7c1e-7a51-9d0e-1b2c3d4e5f60.5e1c…\"}")))
    @APIResponse(responseCode = "200", description = "Unsubscribed.",
            content = @Content(schema = @Schema(implementation = StatusResponse.class),
                    examples = @ExampleObject(name = "unsubscribed", value = "{\"status\": \"unsubscribed\", "
                            + "\"message\": \"Unsubscribed.\"}")))
    @APIResponse(responseCode = "400", description = "A token that is not genuine (newsletter.invalid-token).",
            content = @Content(mediaType = PROBLEM))
    public StatusResponse unsubscribe(TokenRequest body) {
        unsubscribe.unsubscribe(TokenRequest.tokenOf(body));
        return StatusResponse.UNSUBSCRIBED;
    }

    @POST
    @Path("unsubscribe")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(operationId = "unsubscribeFromNewsletterOneClick",
            summary = "RFC 8058 one-click unsubscribe (List-Unsubscribe-Post)",
            description = "What mail clients send for List-Unsubscribe-Post: List-Unsubscribe=One-Click, to the "
                    + "List-Unsubscribe address, which carries the token in its query.")
    @APIResponse(responseCode = "200", description = "Unsubscribed.",
            content = @Content(schema = @Schema(implementation = StatusResponse.class)))
    @APIResponse(responseCode = "400", description = "A token that is not genuine (newsletter.invalid-token).",
            content = @Content(mediaType = PROBLEM))
    public StatusResponse unsubscribeOneClick(@QueryParam("token") String token) {
        unsubscribe.unsubscribe(token);
        return StatusResponse.UNSUBSCRIBED;
    }
}
