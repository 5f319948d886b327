package io.blogflow.workflow.domain.run;

import java.util.Locale;

/** Where an action run is: generating, or finished one way or the other. */
public enum RunStatus {
    RUNNING, SUCCEEDED, FAILED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RunStatus of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
