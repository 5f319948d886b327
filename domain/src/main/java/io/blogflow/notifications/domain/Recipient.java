package io.blogflow.notifications.domain;

import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.notice.EmailRule;
import java.util.Objects;

/** Someone a notice reaches: where to email them and their email preferences. */
public record Recipient(UserId id, String email, boolean notifyOnReview, boolean notifyOnPublish,
                        boolean notifyOnComment) {

    public Recipient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
    }

    /** Whether a notice whose type follows this rule is also emailed to them. */
    public boolean wantsEmail(EmailRule rule) {
        return switch (rule) {
            case REVIEW_PREFERENCE -> notifyOnReview;
            case PUBLISH_PREFERENCE -> notifyOnPublish;
            case COMMENT_PREFERENCE -> notifyOnComment;
            case ALWAYS -> true;
            case NEVER -> false;
        };
    }
}
