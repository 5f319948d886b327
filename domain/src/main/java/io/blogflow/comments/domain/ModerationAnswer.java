package io.blogflow.comments.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the LLM moderation check's answer. The prompt asks the model for {@code OK}, or {@code HOLD} followed by its
 * reasons (after a colon or dash on the same line, or one per line below, bullets allowed). Anything else is
 * unreadable, and the comment is held for that ({@link #UNREADABLE}): a model that rambles is no approval.
 * Reasons are the model's own words, trimmed to {@value #MAX_REASON_LENGTH} characters, at most
 * {@value #MAX_REASONS}.
 */
public final class ModerationAnswer {

    /** The check could not ask the model (provider failed or timed out, quota, no model or prompt). */
    public static final String UNAVAILABLE = "llm-moderation-unavailable";
    /** The model answered neither OK nor HOLD. */
    public static final String UNREADABLE = "llm-moderation-unreadable";
    /** The model said HOLD and gave no reason. */
    public static final String NO_REASON = "llm-moderation-held";

    public static final int MAX_REASONS = 5;
    public static final int MAX_REASON_LENGTH = 300;

    private static final Pattern VERDICT = Pattern.compile("(?i)^\\W*(ok|hold)\\b\\W*");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•]|\\d+[.)])\\s*");

    private ModerationAnswer() {
    }

    /** The verdict an answer gives: clean for OK, held with its reasons for HOLD, held as unreadable otherwise. */
    public static SpamVerdict verdictOf(String answer) {
        return read(answer).orElseGet(() -> SpamVerdict.hold(List.of(UNREADABLE)));
    }

    /** When the model could not be asked: held, so the comment waits for a person rather than being lost or let in. */
    public static SpamVerdict unavailable() {
        return SpamVerdict.hold(List.of(UNAVAILABLE));
    }

    static Optional<SpamVerdict> read(String answer) {
        if (answer == null) {
            return Optional.empty();
        }
        List<String> lines = answer.strip().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        var verdict = VERDICT.matcher(lines.get(0));
        if (!verdict.find()) {
            return Optional.empty();
        }
        if (verdict.group(1).toLowerCase(Locale.ROOT).equals("ok")) {
            return Optional.of(SpamVerdict.CLEAN);
        }
        List<String> reasons = new ArrayList<>();
        List<String> written = new ArrayList<>(lines.subList(1, lines.size()));
        written.add(0, lines.get(0).substring(verdict.end()));
        for (String line : written) {
            String reason = BULLET.matcher(line).replaceFirst("").strip();
            if (!reason.isEmpty() && reasons.size() < MAX_REASONS) {
                reasons.add(reason.length() > MAX_REASON_LENGTH ? reason.substring(0, MAX_REASON_LENGTH) : reason);
            }
        }
        return Optional.of(SpamVerdict.hold(reasons.isEmpty() ? List.of(NO_REASON) : reasons));
    }
}
