package io.blogflow.shared.domain;

import java.util.OptionalLong;

/** A write based on a version of a resource that is no longer the current one (optimistic locking). */
public final class StaleVersionException extends DomainException {

    private final Long currentVersion;

    /** The current version is known: the client can show it and re-read. */
    public StaleVersionException(String resource, long currentVersion) {
        super(Kind.STALE, "stale-version",
                "The " + resource + " was changed by someone else; its current version is " + currentVersion + ".");
        this.currentVersion = currentVersion;
    }

    /** Lost a race with a concurrent writer at commit time: the winner's version is not known here. */
    public StaleVersionException(String resource) {
        super(Kind.STALE, "stale-version", "The " + resource + " was changed by someone else at the same time.");
        this.currentVersion = null;
    }

    public OptionalLong currentVersion() {
        return currentVersion == null ? OptionalLong.empty() : OptionalLong.of(currentVersion);
    }
}
