package io.blogflow.comments.adapter.rest;

import io.blogflow.comments.application.port.in.CommentBlocklistUseCase;
import io.blogflow.comments.domain.Blocklist;
import io.blogflow.shared.adapter.rest.RequestBodies;
import io.blogflow.shared.domain.UserId;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/comments/blocklist")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@Tag(name = "Comment moderation")
public class CommentBlocklistResource {

    private static final String EXAMPLE = """
            {"words": ["casino"], "domains": ["spam.example"], "addresses": ["bot@spam.example", "203.0.113.9"]}""";

    private final CommentBlocklistUseCase blocklist;
    private final SecurityIdentity identity;

    public CommentBlocklistResource(CommentBlocklistUseCase blocklist, SecurityIdentity identity) {
        this.blocklist = blocklist;
        this.identity = identity;
    }

    @Schema(name = "CommentBlocklist", description = "Comments matching any entry go to spam: words (whole words, "
            + "any case) in the body, name or website; domains (subdomains included) of links, website and email; "
            + "addresses: email addresses or client IP addresses.")
    public record BlocklistBody(Set<String> words, Set<String> domains, Set<String> addresses) {

        static BlocklistBody of(Blocklist list) {
            return new BlocklistBody(new TreeSet<>(list.words()), new TreeSet<>(list.domains()),
                    new TreeSet<>(list.addresses()));
        }
    }

    @GET
    @Operation(operationId = "getCommentBlocklist", summary = "The comment spam blocklist")
    @APIResponse(responseCode = "200", description = "The list.",
            content = @Content(schema = @Schema(implementation = BlocklistBody.class), examples = @ExampleObject(name = "blocklist", value = EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not signed in.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not an admin.",
            content = @Content(mediaType = "application/problem+json"))
    public BlocklistBody get() {
        return BlocklistBody.of(blocklist.get());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putCommentBlocklist", summary = "Replace the comment spam blocklist (audited)")
    @APIResponse(responseCode = "200", description = "The list as stored (normalised to lower case).",
            content = @Content(schema = @Schema(implementation = BlocklistBody.class), examples = @ExampleObject(name = "blocklist", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Blank, too long or too many entries; spaces in a domain "
            + "or address.", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "Not signed in.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not an admin.",
            content = @Content(mediaType = "application/problem+json"))
    public BlocklistBody put(BlocklistBody request) {
        BlocklistBody body = RequestBodies.required(request);
        UserId admin = UserId.parse(identity.getPrincipal().getName()).orElseThrow(UnauthorizedException::new);
        return BlocklistBody.of(blocklist.replace(admin, body.words(), body.domains(), body.addresses()));
    }
}
