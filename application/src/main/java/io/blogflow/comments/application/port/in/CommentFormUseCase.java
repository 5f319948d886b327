package io.blogflow.comments.application.port.in;

import io.blogflow.blog.domain.PostId;
import java.time.Instant;

/** The comment form of a published post: whether it takes comments and a token proving when it was fetched. */
public interface CommentFormUseCase {

    /** @throws io.blogflow.blog.domain.PostNotFoundException when the post is not public */
    Form form(PostId post);

    /**
     * @param formToken   to send back with the comment
     * @param submitAfter earliest submission a person could make (sooner is judged a bot)
     * @param expiresAt   the token is refused after this
     */
    record Form(boolean open, String formToken, Instant issuedAt, Instant submitAfter, Instant expiresAt) {
    }
}
