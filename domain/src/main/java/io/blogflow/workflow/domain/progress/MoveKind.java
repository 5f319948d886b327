package io.blogflow.workflow.domain.progress;

import java.util.Locale;

/** The moves a post makes through the workflow, as recorded in its history. */
public enum MoveKind {
    START, COMPLETE, SKIP, ADVANCE, REWIND;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MoveKind fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
