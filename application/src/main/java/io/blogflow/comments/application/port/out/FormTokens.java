package io.blogflow.comments.application.port.out;

import io.blogflow.blog.domain.PostId;
import java.time.Instant;
import java.util.Optional;

/** Signed, stateless comment-form tokens: they prove when the form for a post was fetched. */
public interface FormTokens {

    String issue(PostId post, Instant at);

    /** When a genuine token for this post was issued; empty for a missing, altered or foreign token. */
    Optional<Instant> issuedAt(PostId post, String token);
}
