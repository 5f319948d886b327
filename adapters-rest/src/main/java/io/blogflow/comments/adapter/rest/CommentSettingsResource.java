package io.blogflow.comments.adapter.rest;

import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.PostNotFoundException;
import io.blogflow.comments.application.port.in.CommentSettingsUseCase;
import io.blogflow.comments.application.port.in.CommentSettingsUseCase.Settings;
import io.blogflow.shared.adapter.rest.Actors;
import io.blogflow.shared.adapter.rest.RequestBodies;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.Permissions;
import io.blogflow.shared.domain.ValidationException;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/posts/{id}/comment-settings")
@Produces(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Permissions.POSTS_WRITE)
@Tag(name = "Comment moderation")
public class CommentSettingsResource {

    private static final String EXAMPLE = "{\"closed\": false, \"open\": true, \"approvedCount\": 12}";

    private final CommentSettingsUseCase settings;
    private final SecurityIdentity identity;

    public CommentSettingsResource(CommentSettingsUseCase settings, SecurityIdentity identity) {
        this.settings = settings;
        this.identity = identity;
    }

    @Schema(name = "CommentSettings")
    public record SettingsResponse(@Schema(required = true, description = "Closed by hand") boolean closed,
                                   @Schema(required = true,
                                           description = "Takes new comments now (also false once older than "
                                           + "BLOGFLOW_COMMENTS_CLOSE_AFTER)") boolean open,
                                   @Schema(required = true) long approvedCount) {
        static SettingsResponse of(Settings s) {
            return new SettingsResponse(s.closedByHand(), s.open(), s.approvedCount());
        }
    }

    @Schema(name = "CommentSettingsChange")
    public record SettingsRequest(@Schema(required = true) Boolean closed) {
    }

    @GET
    @Operation(operationId = "getCommentSettings", summary = "Whether a post's comments are open")
    @APIResponse(responseCode = "200", description = "The settings.",
            content = @Content(schema = @Schema(implementation = SettingsResponse.class), examples = @ExampleObject(name = "settings", value = EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not signed in.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "No posts:write permission.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such post of yours.",
            content = @Content(mediaType = "application/problem+json"))
    public SettingsResponse get(@PathParam("id") String id) {
        return SettingsResponse.of(settings.get(actor(), post(id)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putCommentSettings", summary = "Close or reopen a post's comments (audited)")
    @APIResponse(responseCode = "200", description = "The settings now.",
            content = @Content(schema = @Schema(implementation = SettingsResponse.class), examples = @ExampleObject(name = "settings", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "closed missing.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "Not signed in.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "No posts:write permission.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such post of yours.",
            content = @Content(mediaType = "application/problem+json"))
    public SettingsResponse put(@PathParam("id") String id, SettingsRequest request) {
        SettingsRequest body = RequestBodies.required(request);
        if (body.closed() == null) {
            throw new ValidationException(List.of(new FieldError("closed", "closed.required", "closed is required.")));
        }
        return SettingsResponse.of(settings.setClosed(actor(), post(id), body.closed()));
    }

    private io.blogflow.shared.domain.Actor actor() {
        return Actors.of(identity, Permissions.POSTS_MANAGE_ALL, Permissions.POSTS_PUBLISH);
    }

    private static PostId post(String raw) {
        return PostId.parse(raw).orElseThrow(() -> new PostNotFoundException(raw));
    }
}
