package io.blogflow.workflow.domain.progress;

import java.util.Locale;

/** Where a post stands on one stage or sub-stage. */
public enum ProgressStatus {
    NOT_STARTED, IN_PROGRESS, DONE, SKIPPED;

    /** As stored and sent: {@code not_started}, {@code in_progress}, {@code done}, {@code skipped}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ProgressStatus fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
