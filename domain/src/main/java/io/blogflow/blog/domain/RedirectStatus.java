package io.blogflow.blog.domain;

import io.blogflow.shared.domain.InvalidValueException;

/** How a manual redirect answers: 301 (moved for good, caches and search engines update) or 302 (for now). */
public enum RedirectStatus {
    PERMANENT(301), TEMPORARY(302);

    private final int code;

    RedirectStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** Absent means permanent: a moved page is the common case. */
    public static RedirectStatus of(Integer code) {
        if (code == null || code == 301) {
            return PERMANENT;
        }
        if (code == 302) {
            return TEMPORARY;
        }
        throw new InvalidValueException("status.invalid", "status is 301 (permanent) or 302 (temporary).");
    }
}
