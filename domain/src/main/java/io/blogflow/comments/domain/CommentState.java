package io.blogflow.comments.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.Locale;

/** Where a comment stands in moderation; only {@code approved} comments are public. */
public enum CommentState {
    PENDING, APPROVED, SPAM, TRASH;

    /** The lower-case name clients use ({@code pending}, …). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CommentState parse(String raw) {
        for (CommentState state : values()) {
            if (state.code().equals(raw)) {
                return state;
            }
        }
        throw new InvalidValueException("state.unknown", "state is one of pending, approved, spam, trash.");
    }
}
