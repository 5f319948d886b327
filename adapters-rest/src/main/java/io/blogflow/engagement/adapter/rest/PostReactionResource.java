package io.blogflow.engagement.adapter.rest;

import io.blogflow.blog.domain.PostId;
import io.blogflow.engagement.application.port.in.LikePostUseCase;
import io.blogflow.engagement.application.port.in.LikePostUseCase.LikePost;
import io.blogflow.engagement.application.port.in.SharePostUseCase;
import io.blogflow.engagement.application.port.in.SharePostUseCase.SharePost;
import io.blogflow.engagement.domain.ShareNetwork;
import io.blogflow.shared.adapter.rest.RequestBodies;
import io.blogflow.shared.adapter.rest.TrustedCountryHeader;
import io.blogflow.shared.domain.NotFoundException;
import io.blogflow.shared.domain.Validation;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Readers like and share published posts, anonymously: a like is one per visitor key. */
@Path("/api/v1/public/posts/{postId}")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
public class PostReactionResource {

    private final LikePostUseCase likes;
    private final SharePostUseCase shares;
    private final TrustedCountryHeader countries;

    public PostReactionResource(LikePostUseCase likes, SharePostUseCase shares, TrustedCountryHeader countries) {
        this.likes = likes;
        this.shares = shares;
        this.countries = countries;
    }

    @Schema(name = "ShareRequest")
    public record ShareRequest(@Schema(description = "Where it was shared: 1 to 32 of a-z 0-9 -.",
            examples = "mastodon") String network) {
    }

    @Schema(name = "Share")
    public record ShareResponse(String network, @Schema(required = true) long shareCount) {
    }

    @PUT
    @Path("like")
    @Operation(operationId = "likePost", summary = "Like a published post (idempotent)",
            description = "One like per visitor key: liking again changes nothing. Rate limited per client address.")
    @APIResponse(responseCode = "200", description = "Liked; the post's like count.",
            content = @Content(schema = @Schema(implementation = LikeResponse.class),
                    examples = @ExampleObject(name = "liked", value = LikeResponse.EXAMPLE)))
    @APIResponse(responseCode = "400", description = "X-Visitor-Key missing or malformed.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No published post with this id.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429", description = "Too many reactions from this address.",
            headers = @Header(name = "Retry-After"), content = @Content(mediaType = "application/problem+json"))
    public LikeResponse like(@PathParam("postId") String postId, @BeanParam VisitorParams visitor) {
        return LikeResponse.of(likes.like(command(postId, visitor)));
    }

    @DELETE
    @Path("like")
    @Operation(operationId = "unlikePost", summary = "Take back a like (idempotent)",
            description = "Unliking a post the visitor does not like changes nothing. Rate limited per client address.")
    @APIResponse(responseCode = "200", description = "Not liked (any more); the post's like count.",
            content = @Content(schema = @Schema(implementation = LikeResponse.class),
                    examples = @ExampleObject(name = "unliked", value = "{\"liked\": false, \"likeCount\": 41}")))
    @APIResponse(responseCode = "400", description = "X-Visitor-Key missing or malformed.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No published post with this id.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429", description = "Too many reactions from this address.",
            headers = @Header(name = "Retry-After"), content = @Content(mediaType = "application/problem+json"))
    public LikeResponse unlike(@PathParam("postId") String postId, @BeanParam VisitorParams visitor) {
        return LikeResponse.of(likes.unlike(command(postId, visitor)));
    }

    @POST
    @Path("shares")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "sharePost", summary = "Count a share of a published post",
            description = "Every call is one share (shares are not deduplicated). Rate limited per client address. "
                    + "The share is also recorded as the analytics event `share` with the network as its `network` "
                    + "property and the reader's country as for a page view (the trusted proxy's country header, else "
                    + "GeoIP; anonymised like any event, the address never stored; robots' shares are counted here "
                    + "but not in analytics).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "share", value = "{\"network\": \"mastodon\"}")))
    @APIResponse(responseCode = "200", description = "Counted; the post's share count.",
            content = @Content(schema = @Schema(implementation = ShareResponse.class),
                    examples = @ExampleObject(name = "shared",
                            value = "{\"network\": \"mastodon\", \"shareCount\": 7}")))
    @APIResponse(responseCode = "400", description = "No body, or a malformed network.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No published post with this id.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429", description = "Too many reactions from this address.",
            headers = @Header(name = "Retry-After"), content = @Content(mediaType = "application/problem+json"))
    public ShareResponse share(@PathParam("postId") String postId, ShareRequest body,
                               @Context HttpServerRequest request) {
        ShareRequest share = RequestBodies.required(body);
        var validation = new Validation();
        ShareNetwork network = validation.field("network", () -> new ShareNetwork(share.network()));
        validation.throwIfInvalid();
        long count = shares.share(new SharePost(post(postId), network, VisitorParams.clientOf(request),
                request == null ? null : request.getHeader("User-Agent"), countries.countryOf(request)));
        return new ShareResponse(network.value(), count);
    }

    private static LikePost command(String postId, VisitorParams visitor) {
        return new LikePost(post(postId), visitor.key(), visitor.client());
    }

    private static PostId post(String raw) {
        return PostId.parse(raw).orElseThrow(() -> new NotFoundException("post", raw));
    }
}
