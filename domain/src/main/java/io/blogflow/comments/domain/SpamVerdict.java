package io.blogflow.comments.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What screening a submission concluded, one of three: spam (any spam reason, codes like {@code honeypot} or
 * {@code too-many-links}: the spam queue), held for a moderator (no spam reason but a moderation reason, e.g. from
 * the LLM moderation check: pending whatever the auto-approve rules say), or neither (the comment policy decides).
 */
public record SpamVerdict(List<String> spamReasons, List<String> moderationReasons) {

    public static final SpamVerdict CLEAN = new SpamVerdict(List.of(), List.of());

    public SpamVerdict {
        spamReasons = List.copyOf(spamReasons);
        moderationReasons = List.copyOf(moderationReasons);
    }

    /** A verdict of the spam rules: spam when they gave any reason. */
    public SpamVerdict(List<String> spamReasons) {
        this(spamReasons, List.of());
    }

    /** Not spam, but a person should look first, for these reasons. */
    public static SpamVerdict hold(List<String> reasons) {
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A comment is held for a reason");
        }
        return new SpamVerdict(List.of(), reasons);
    }

    public boolean spam() {
        return !spamReasons.isEmpty();
    }

    /** Held for moderation: not spam, with a moderation reason. */
    public boolean held() {
        return !spam() && !moderationReasons.isEmpty();
    }

    /**
     * Two checks' verdicts together: spam outweighs a hold and a hold outweighs acceptance, whichever check said it;
     * every reason is kept (a moderator sees all of them).
     */
    public SpamVerdict and(SpamVerdict other) {
        return new SpamVerdict(concat(spamReasons, other.spamReasons),
                concat(moderationReasons, other.moderationReasons));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        second.stream().filter(reason -> !all.contains(reason)).forEach(all::add);
        return all;
    }
}
