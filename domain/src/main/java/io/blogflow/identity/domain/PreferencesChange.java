package io.blogflow.identity.domain;

import java.time.LocalTime;

/**
 * A partial change of a person's preferences: each preference given (non-null) replaces the current one, each absent
 * one keeps its value, so a client that sends only {@code notifyOnComment} does not switch the other notifications
 * off. An empty {@code contentTone} clears it.
 */
public record PreferencesChange(String timezone, LocalTime defaultPostingTime, String contentTone,
                                Boolean notifyOnReview, Boolean notifyOnPublish, Boolean notifyOnComment) {

    /** The preferences after the change (validated as any preferences are). */
    public UserPreferences applyTo(UserPreferences current) {
        String tone = contentTone == null ? current.contentTone() : contentTone.isEmpty() ? null : contentTone;
        return new UserPreferences(timezone == null ? current.timezone() : timezone,
                defaultPostingTime == null ? current.defaultPostingTime() : defaultPostingTime, tone,
                notifyOnReview == null ? current.notifyOnReview() : notifyOnReview,
                notifyOnPublish == null ? current.notifyOnPublish() : notifyOnPublish,
                notifyOnComment == null ? current.notifyOnComment() : notifyOnComment);
    }
}
