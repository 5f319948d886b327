package io.blogflow.notifications.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogflow.notifications.application.port.in.MyNotificationsUseCase;
import io.blogflow.notifications.application.port.in.MyNotificationsUseCase.Inbox;
import io.blogflow.notifications.domain.Notification;
import io.blogflow.notifications.domain.NotificationId;
import io.blogflow.notifications.domain.NotificationNotFoundException;
import io.blogflow.shared.adapter.rest.Paging;
import io.blogflow.shared.domain.UserId;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/me/notifications")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My notifications", description = "What happened that concerns me (posts to review, my posts approved or "
        + "published, my runs finished, …), in the app and, per my preferences, by email. Login sessions only.")
public class NotificationResource {

    static final String EXAMPLE = """
            {"items": [{"id": "0190d6a2-7c1e-7b3a-9f10-2b8c1d5e4f60", "type": "post.approved",
              "title": "“Tides” was approved", "body": "An editor approved your post; it can be published.",
              "link": "/api/v1/posts/0190d6a2-0000-7000-8000-000000000001",
              "data": {"postId": "0190d6a2-0000-7000-8000-000000000001"}, "createdAt": "2026-01-05T10:00:00Z",
              "readAt": null}], "page": 1, "size": 20, "total": 1, "unread": 1}""";

    private final MyNotificationsUseCase notifications;
    private final SecurityIdentity identity;
    private final ObjectMapper json;
    private final Clock clock;

    public NotificationResource(MyNotificationsUseCase notifications, SecurityIdentity identity, ObjectMapper json,
                                Clock clock) {
        this.notifications = notifications;
        this.identity = identity;
        this.json = json;
        this.clock = clock;
    }

    @Schema(name = "Notification")
    public record NotificationResponse(@Schema(required = true) UUID id,
                                       String type,
                                       String title,
                                       String body,
                                       String link,
                                       Map<String, String> data, @Schema(required = true) Instant createdAt,
                                       @Schema(nullable = true, description = "Null while unread.") Instant readAt) {

        static NotificationResponse of(Notification n) {
            return new NotificationResponse(n.id().value(), n.type(), n.title(), n.body(), n.link().orElse(null),
                    n.data(), n.createdAt(), n.readAt().orElse(null));
        }
    }

    @Schema(name = "NotificationPage", description = "A page of notifications and how many are unread in all.")
    public record InboxResponse(List<NotificationResponse> items,
                                @Schema(required = true) int page,
                                @Schema(required = true) int size,
                                @Schema(required = true) long total,
                                @Schema(required = true) long unread) {
    }

    @Schema(name = "NotificationsMarkedRead")
    public record MarkedResponse(@Schema(required = true) int marked) {
    }

    @Schema(name = "NoticeType")
    public record TypeResponse(String code,
                               @Schema(enumeration = {"review_preference", "publish_preference", "comment_preference",
                                       "always", "never"}) String email) {
    }

    @GET
    @Operation(operationId = "listMyNotifications", summary = "My notifications, newest first",
            description = "unread=true lists only unread ones. The answer carries the unread count in all.")
    @APIResponse(responseCode = "200", description = "A page of notifications with the unread count.",
            headers = @Header(name = "Link", description = "RFC 8288 links to neighbouring pages",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = InboxResponse.class), examples = @ExampleObject(name = "inbox", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Bad page or size.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "Not signed in.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "An API token (login sessions only).",
            content = @Content(mediaType = "application/problem+json"))
    public RestResponse<InboxResponse> list(@QueryParam("unread") boolean unreadOnly, @QueryParam("page") String page,
                                            @QueryParam("size") String size, @Context UriInfo uri) {
        Inbox inbox = notifications.list(me(), unreadOnly, Paging.request(page, size));
        var found = inbox.page();
        return RestResponse.ResponseBuilder.ok(new InboxResponse(found.items().stream()
                        .map(NotificationResponse::of).toList(), found.page(), found.size(), found.total(),
                        inbox.unread())).links(Paging.links(found, uri)).build();
    }

    @POST
    @Path("{id}/read")
    @Operation(operationId = "markMyNotificationRead", summary = "Mark one notification read")
    @APIResponse(responseCode = "204", description = "Read (also when it already was).")
    @APIResponse(responseCode = "401", description = "Not signed in.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "An API token.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such notification of mine.",
            content = @Content(mediaType = "application/problem+json"))
    public void markRead(@PathParam("id") String id) {
        notifications.markRead(me(), NotificationId.parse(id)
                .orElseThrow(() -> new NotificationNotFoundException(id)));
    }

    @POST
    @Path("read-all")
    @Operation(operationId = "markAllMyNotificationsRead", summary = "Mark all my notifications read")
    @APIResponse(responseCode = "200", description = "How many were unread.",
            content = @Content(schema = @Schema(implementation = MarkedResponse.class), examples = @ExampleObject(name = "marked", value = "{\"marked\": 3}")))
    @APIResponse(responseCode = "401", description = "Not signed in.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "An API token.",
            content = @Content(mediaType = "application/problem+json"))
    public MarkedResponse markAllRead() {
        return new MarkedResponse(notifications.markAllRead(me()));
    }

    @GET
    @Path("types")
    @Operation(operationId = "listNoticeTypes", summary = "Every notification type and which preference decides "
            + "its email")
    @APIResponse(responseCode = "200", description = "The types, by code.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TypeResponse.class), examples = @ExampleObject(name = "types",
                    value = "[{\"code\": \"post.submitted\", \"email\": \"review_preference\"}]")))
    @APIResponse(responseCode = "401", description = "Not signed in.",
            content = @Content(mediaType = "application/problem+json"))
    public List<TypeResponse> types() {
        return notifications.types().stream().map(type -> new TypeResponse(type.code(),
                type.email().name().toLowerCase(java.util.Locale.ROOT))).toList();
    }

    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamMyNotifications", summary = "My new notifications, live",
            description = "Server-sent events: first `unread` ({unread}), then a `notification` event (id = the "
                    + "notification's id, data as in the list) for each notification that arrives, from any "
                    + "instance, until the client disconnects.")
    @APIResponse(responseCode = "200", description = "The event stream.")
    @APIResponse(responseCode = "401", description = "Not signed in.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "An API token.",
            content = @Content(mediaType = "application/problem+json"))
    public void stream(@Context SseEventSink sink, @Context Sse sse) {
        UserId me = me();
        Instant since = clock.instant();
        long unread = notifications.list(me, true, new io.blogflow.shared.domain.PageRequest(1, 1)).unread();
        send(sink, sse, "unread", null, Map.of("unread", unread));
        AtomicReference<AutoCloseable> subscription = new AtomicReference<>();
        // The broadcaster's onClose fires when the connection closes (the client went away, or the server stops), so
        // the subscription is released then, not only when the next notification fails to reach a gone client.
        SseBroadcaster disconnect = sse.newBroadcaster();
        disconnect.onClose(closed -> close(subscription.getAndSet(CLOSED)));
        disconnect.register(sink);
        AutoCloseable watching = notifications.watch(me, since, notification -> {
            if (!send(sink, sse, "notification", notification.id().toString(), NotificationResponse.of(notification))) {
                close(subscription.getAndSet(CLOSED));
            }
        });
        if (!subscription.compareAndSet(null, watching) || sink.isClosed()) {
            // The client left while the subscription was being made.
            close(watching);
            close(subscription.getAndSet(CLOSED));
        }
    }

    /** Marks a stream's subscription as released, so it is closed once. */
    private static final AutoCloseable CLOSED = () -> {
    };

    /** False when the client is gone. */
    private boolean send(SseEventSink sink, Sse sse, String name, String id, Object data) {
        if (sink.isClosed()) {
            return false;
        }
        try {
            var event = sse.newEventBuilder().name(name).data(json.writeValueAsString(data));
            if (id != null) {
                event.id(id);
            }
            sink.send(event.build()).toCompletableFuture().join();
            return true;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (CompletionException | IllegalStateException clientGone) {
            return false;
        }
    }

    private static void close(AutoCloseable subscription) {
        try {
            if (subscription != null) {
                subscription.close();
            }
        } catch (Exception ignored) {
            // closing a subscription only removes a listener
        }
    }

    /** Login sessions only (their principal is the verified access token): an API token is refused with 403. */
    private UserId me() {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            throw new ForbiddenException("This endpoint needs a login session; API tokens cannot use it.");
        }
        return UserId.parse(token.getSubject()).orElseThrow(UnauthorizedException::new);
    }
}
