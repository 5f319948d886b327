package io.blogflow.comments.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.util.Locale;

/** What a moderator does to a comment. */
public enum ModerationAction {
    APPROVE, SPAM, TRASH, RESTORE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ModerationAction parse(String raw) {
        for (ModerationAction action : values()) {
            if (action.code().equals(raw)) {
                return action;
            }
        }
        throw new InvalidValueException("action.unknown", "action is one of approve, spam, trash, restore.");
    }
}
