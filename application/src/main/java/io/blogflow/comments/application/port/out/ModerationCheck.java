package io.blogflow.comments.application.port.out;

import io.blogflow.comments.domain.SpamVerdict;

/**
 * An optional second opinion on a submission the spam rules let through (the LLM moderation check): accept it, or
 * hold it for a moderator with reasons ({@link SpamVerdict#hold}). It never calls a comment spam and never throws
 * for its own trouble: when it cannot judge, it holds the comment, which then waits for a person.
 */
public interface ModerationCheck {

    SpamVerdict judge(SpamCheck.Submission submission);

    /** No second opinion (the default): the spam rules and the comment policy decide alone. */
    ModerationCheck NONE = submission -> SpamVerdict.CLEAN;
}
