package io.blogflow.identity.domain;

import io.blogflow.shared.domain.InvalidValueException;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;

/** How a user likes to work (1:1 with the user). */
public record UserPreferences(String timezone, LocalTime defaultPostingTime, String contentTone,
                              boolean notifyOnReview, boolean notifyOnPublish, boolean notifyOnComment) {

    public static final UserPreferences DEFAULTS = new UserPreferences("UTC", null, null, true, true, false);

    public UserPreferences {
        try {
            timezone = ZoneId.of(timezone == null ? "UTC" : timezone).getId();
        } catch (DateTimeException e) {
            throw new InvalidValueException("timezone.invalid", "timezone must be an IANA zone such as Europe/London.");
        }
        if (contentTone != null && contentTone.length() > 100) {
            throw new InvalidValueException("content-tone.too-long", "contentTone must be at most 100 characters.");
        }
    }
}
