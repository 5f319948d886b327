package io.blogflow.comments.domain;

import java.util.List;

/** The spam check's answer: spam when any rule gave a reason (codes like {@code honeypot}, {@code too-many-links}). */
public record SpamVerdict(List<String> reasons) {

    public static final SpamVerdict CLEAN = new SpamVerdict(List.of());

    public SpamVerdict {
        reasons = List.copyOf(reasons);
    }

    public boolean spam() {
        return !reasons.isEmpty();
    }
}
