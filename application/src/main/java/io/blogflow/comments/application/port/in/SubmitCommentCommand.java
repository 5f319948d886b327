package io.blogflow.comments.application.port.in;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reader sent, raw (the use case validates every field and reports all errors together).
 *
 * @param user       the signed-in user, if any
 * @param homepage   the honeypot field
 * @param formToken  the token from the form-token endpoint
 * @param ip         the sender's address
 * @param visitorKey the reader's own random visitor key ({@code X-Visitor-Key}), if sent
 */
public record SubmitCommentCommand(PostId post, Optional<UserId> user, String authorName, String authorEmail,
                                   String authorUrl, String body, String parentId, boolean notifyOnReply,
                                   String homepage, String formToken, Optional<String> ip,
                                   Optional<String> visitorKey) {

    public SubmitCommentCommand {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(visitorKey, "visitorKey");
    }
}
