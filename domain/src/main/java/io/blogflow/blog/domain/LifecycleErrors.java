package io.blogflow.blog.domain;

import io.blogflow.shared.domain.DomainException;
import java.util.Locale;

/** Refused lifecycle moves. */
public final class LifecycleErrors {

    private LifecycleErrors() {
    }

    /** The move does not exist from the post's current status (409: the state, not the request, is the problem). */
    public static final class IllegalTransition extends DomainException {
        public IllegalTransition(PostStatus from, String move) {
            super(Kind.CONFLICT, "illegal-transition",
                    "A post that is " + from.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " cannot be " + move + ".");
        }
    }

    /** The caller's role does not allow the move (contributors cannot publish; only editors flag or handle others'). */
    public static final class MoveNotAllowed extends DomainException {
        public MoveNotAllowed(String move) {
            super(Kind.FORBIDDEN, "move-not-allowed", "Your role does not allow this post to be " + move + ".");
        }
    }

    /** With the review gate on, only editors may withdraw a post's AI-generated disclosure. */
    public static final class DisclosureLocked extends DomainException {
        public DisclosureLocked() {
            super(Kind.FORBIDDEN, "ai-generated.editor-only",
                    "Only an editor can mark AI-generated text as not AI-generated while it needs review.");
        }
    }
}
