package io.blogflow.blog.domain;

import io.blogflow.shared.domain.DomainException;

/** Refused manual redirects, and a missing one. */
public final class RedirectErrors {

    private RedirectErrors() {
    }

    public static final class NotFound extends DomainException {
        public NotFound(String id) {
            super(Kind.NOT_FOUND, "redirect-not-found", "No redirect '" + id + "'.");
        }
    }

    /** Another redirect already starts at this path (unique in the database too). */
    public static final class PathTaken extends DomainException {
        public PathTaken(SitePath from) {
            super(Kind.CONFLICT, "redirect-path-taken", "A redirect from '" + from + "' already exists.");
        }
    }

    /** The target leads, through existing redirects, back to the source. */
    public static final class Loop extends DomainException {
        public Loop(SitePath from, RedirectTarget to) {
            super(Kind.CONFLICT, "redirect-loop",
                    "A redirect from '" + from + "' to '" + to + "' would loop: '" + to + "' already leads back.");
        }
    }

    /** The source is the permalink of a live post, which the redirect would make unreachable. */
    public static final class ShadowsPost extends DomainException {
        public ShadowsPost(SitePath from) {
            super(Kind.CONFLICT, "redirect-shadows-post",
                    "'" + from + "' is the address of a post; a redirect from it would make the post unreachable.");
        }
    }

    /** No manual redirect starts at the path and it is no old slug of a published post. */
    public static final class NothingAt extends DomainException {
        public NothingAt(SitePath path) {
            super(Kind.NOT_FOUND, "no-redirect", "Nothing redirects from '" + path + "'.");
        }
    }

    /** A concurrent write made this one chain through another redirect; the database refused it. Retry. */
    public static final class ChangedConcurrently extends DomainException {
        public ChangedConcurrently(SitePath from) {
            super(Kind.CONFLICT, "redirect-conflict",
                    "Redirects near '" + from + "' were changed at the same time; read them again and retry.");
        }
    }
}
