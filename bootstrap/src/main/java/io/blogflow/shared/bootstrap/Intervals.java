package io.blogflow.shared.bootstrap;

import io.quarkus.runtime.configuration.DurationConverter;
import java.time.Duration;

/** Interval settings that may be switched off: "off" (or "disabled") is a zero duration, which no periodic job runs at. */
public final class Intervals {

    private Intervals() {
    }

    public static Duration parse(String setting, String raw) {
        String value = raw.trim();
        if (value.equalsIgnoreCase("off") || value.equalsIgnoreCase("disabled")) {
            return Duration.ZERO;
        }
        Duration interval = DurationConverter.parseDuration(value);
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalStateException(setting + " must be a positive duration (e.g. 30s) or off: " + raw);
        }
        return interval;
    }
}
