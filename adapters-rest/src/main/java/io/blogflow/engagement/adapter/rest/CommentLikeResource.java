package io.blogflow.engagement.adapter.rest;

import io.blogflow.engagement.application.port.in.LikeCommentUseCase;
import io.blogflow.engagement.application.port.in.LikeCommentUseCase.LikeComment;
import io.blogflow.engagement.domain.CommentRef;
import io.blogflow.shared.domain.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Readers like comments, one like per visitor key. */
@Path("/api/v1/public/comments/{commentId}/like")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
public class CommentLikeResource {

    private final LikeCommentUseCase likes;

    public CommentLikeResource(LikeCommentUseCase likes) {
        this.likes = likes;
    }

    @PUT
    @Operation(operationId = "likeComment", summary = "Like a comment (idempotent)",
            description = "One like per visitor key. Rate limited per client address.")
    @APIResponse(responseCode = "200", description = "Liked; the comment's like count.",
            content = @Content(schema = @Schema(implementation = LikeResponse.class),
                    examples = @ExampleObject(name = "liked", value = LikeResponse.EXAMPLE)))
    @APIResponse(responseCode = "400", description = "X-Visitor-Key missing or malformed.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No visible comment with this id.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429", description = "Too many reactions from this address.",
            headers = @Header(name = "Retry-After"), content = @Content(mediaType = "application/problem+json"))
    public LikeResponse like(@PathParam("commentId") String commentId, @BeanParam VisitorParams visitor) {
        return LikeResponse.of(likes.like(command(commentId, visitor)));
    }

    @DELETE
    @Operation(operationId = "unlikeComment", summary = "Take back a like of a comment (idempotent)")
    @APIResponse(responseCode = "200", description = "Not liked (any more); the comment's like count.",
            content = @Content(schema = @Schema(implementation = LikeResponse.class),
                    examples = @ExampleObject(name = "unliked", value = "{\"liked\": false, \"likeCount\": 41}")))
    @APIResponse(responseCode = "400", description = "X-Visitor-Key missing or malformed.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No visible comment with this id.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429", description = "Too many reactions from this address.",
            headers = @Header(name = "Retry-After"), content = @Content(mediaType = "application/problem+json"))
    public LikeResponse unlike(@PathParam("commentId") String commentId, @BeanParam VisitorParams visitor) {
        return LikeResponse.of(likes.unlike(command(commentId, visitor)));
    }

    private static LikeComment command(String commentId, VisitorParams visitor) {
        CommentRef comment = CommentRef.parse(commentId)
                .orElseThrow(() -> new NotFoundException("comment", commentId));
        return new LikeComment(comment, visitor.key(), visitor.client());
    }
}
