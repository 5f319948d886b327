package io.blogflow.blog.domain;

import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.ValidationException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A redirect an editor set up: requests for {@code from} are sent to {@code to} with {@code status}. Redirects never
 * form chains: a target is never another redirect's source ({@link #collapsedTarget}), so loops cannot exist.
 */
public final class Redirect {

    /** Bounds following a chain of targets; the stored ones are collapsed, so one step is the normal case. */
    private static final int MAX_HOPS = 50;

    private final RedirectId id;
    private SitePath from;
    private RedirectTarget to;
    private RedirectStatus status;
    private final long version;
    private final Instant createdAt;
    private Instant updatedAt;

    private Redirect(RedirectId id, SitePath from, RedirectTarget to, RedirectStatus status, long version,
                     Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.status = Objects.requireNonNull(status, "status");
        this.version = version;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static Redirect create(RedirectId id, SitePath from, RedirectTarget to, RedirectStatus status,
                                  Instant now) {
        requireNotSelf(from, to);
        return new Redirect(id, from, to, status, 0, now, now);
    }

    public static Redirect rehydrate(RedirectId id, SitePath from, RedirectTarget to, RedirectStatus status,
                                     long version, Instant createdAt, Instant updatedAt) {
        return new Redirect(id, from, to, status, version, createdAt, updatedAt);
    }

    /**
     * Where a redirect from {@code from} to {@code to} must point so that no chain forms: {@code to} itself, or, when
     * {@code to} is the source of another redirect, that redirect's target (followed as far as needed).
     *
     * @param targetOf the target of the existing redirect starting at a path, if any
     * @throws RedirectErrors.Loop when the targets lead back to {@code from}
     */
    public static RedirectTarget collapsedTarget(SitePath from, RedirectTarget to,
                                                 Function<SitePath, Optional<RedirectTarget>> targetOf) {
        requireNotSelf(from, to);
        RedirectTarget current = to;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            Optional<RedirectTarget> next = current.sitePath().flatMap(targetOf);
            if (next.isEmpty()) {
                return current;
            }
            current = next.get();
            if (current.sitePath().filter(from::equals).isPresent()) {
                throw new RedirectErrors.Loop(from, to);
            }
        }
        throw new RedirectErrors.Loop(from, to);
    }

    public void requireVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new StaleVersionException("redirect", version);
        }
    }

    public void change(SitePath newFrom, RedirectTarget newTo, RedirectStatus newStatus, Instant now) {
        requireNotSelf(newFrom, newTo);
        this.from = newFrom;
        this.to = newTo;
        this.status = Objects.requireNonNull(newStatus, "status");
        this.updatedAt = now;
    }

    /** Another redirect now starts where this one ends: this one leads straight to that one's target instead. */
    public void repoint(RedirectTarget newTo, Instant now) {
        change(from, newTo, status, now);
    }

    private static void requireNotSelf(SitePath from, RedirectTarget to) {
        if (to.sitePath().filter(from::equals).isPresent()) {
            throw new ValidationException(List.of(new FieldError("to", "to.self-redirect",
                    "A redirect cannot lead to its own path.")));
        }
    }

    public RedirectId id() {
        return id;
    }

    public SitePath from() {
        return from;
    }

    public RedirectTarget to() {
        return to;
    }

    public RedirectStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
