package io.blogflow.shared.adapter.rest;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.EntityTag;

/** Resource versions as strong entity tags: version 3 is {@code ETag: "3"}; writes must send it in If-Match. */
public final class ETags {

    /** A version no resource has, so an If-Match that names no version is answered as stale (412). */
    private static final long NO_VERSION = -1;

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version named by a required If-Match header. Missing is 428. A value that names no version, including
     * {@code *} (which would switch lost-update protection off), can never match and is answered 412.
     */
    public static long requiredVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ClientErrorException(
                    "This write needs an If-Match header with the ETag of the version you changed, e.g. If-Match: \"3\".",
                    428);
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        return tag.matches("\\d{1,18}") ? Long.parseLong(tag) : NO_VERSION;
    }
}
