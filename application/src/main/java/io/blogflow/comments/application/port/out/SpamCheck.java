package io.blogflow.comments.application.port.out;

import io.blogflow.comments.application.port.out.CommentedPosts.CommentedPost;
import io.blogflow.comments.domain.AuthorEmail;
import io.blogflow.comments.domain.AuthorName;
import io.blogflow.comments.domain.AuthorWebsite;
import io.blogflow.comments.domain.CommentId;
import io.blogflow.comments.domain.CommentText;
import io.blogflow.comments.domain.SpamVerdict;
import io.blogflow.shared.domain.UserId;
import java.util.Optional;

/**
 * Judges a submission before it is stored: a verdict with reasons (spam goes to the spam queue), or a
 * {@link io.blogflow.shared.domain.RateLimitedException} when the visitor or address sends too much.
 */
public interface SpamCheck {

    SpamVerdict check(Submission submission);

    /**
     * @param id        the id the comment will have if it is stored (a trace for whatever the checks log)
     * @param post      the post it is on
     * @param homepage  the honeypot field (people never see it)
     * @param formToken the token from the form-token endpoint, or null
     * @param visitor   a stable key for the sender (account, visitor key or email fingerprint)
     */
    record Submission(CommentId id, CommentedPost post, CommentText body, AuthorName name, Optional<AuthorEmail> email,
                      Optional<AuthorWebsite> website, Optional<UserId> user, String homepage, String formToken,
                      Optional<String> ip, String visitor) {
    }
}
