package io.blogflow.shared.domain.notice;

/**
 * Whether a notice is emailed as well as shown in the app: per the recipient's preference for reviews, publishing or
 * comments ({@code notify_on_review/publish/comment}), always, or never.
 */
public enum EmailRule {
    REVIEW_PREFERENCE, PUBLISH_PREFERENCE, COMMENT_PREFERENCE, ALWAYS, NEVER
}
