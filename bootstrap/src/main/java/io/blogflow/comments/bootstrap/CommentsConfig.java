package io.blogflow.comments.bootstrap;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Comment settings ({@code blogflow.comments.*}, e.g. BLOGFLOW_COMMENTS_MAX_DEPTH=5). */
@ConfigMapping(prefix = "blogflow.comments")
public interface CommentsConfig {

    /** Levels of a thread: 1 allows no replies. */
    @WithDefault("3")
    int maxDepth();

    @WithDefault("2")
    int minLength();

    @WithDefault("5000")
    int maxLength();

    /** Comments close this long after the post was published (e.g. 30d); unset: never. */
    Optional<Duration> closeAfter();

    /** Signed-in users' comments are approved at once (the spam check still applies). */
    @WithDefault("false")
    boolean autoApproveSignedIn();

    /** An anonymous author with a previously approved comment (same email) is approved at once. */
    @WithDefault("false")
    boolean autoApproveKnownAuthors();

    /**
     * Key (base64, at least 32 bytes) of the email fingerprints and form tokens; unset: derived from
     * BLOGFLOW_LLM_ENCRYPTION_KEY. Changing it forgets who was "previously approved" and voids open forms.
     */
    Optional<String> hashKey();

    Spam spam();

    LlmModeration llmModeration();

    /**
     * The optional LLM moderation check (BLOGFLOW_COMMENTS_LLM_MODERATION_PROMPT=comment-moderation): a comment the
     * spam rules let through is shown to a model, which may hold it for a moderator with its reasons.
     */
    interface LlmModeration {

        /**
         * The llm context's prompt to ask (its placeholders: comment, authorName, authorUrl, title); its version's
         * parameters name the model (modelId, optional fallbackModelId, temperature, maxTokens). Unset: no check.
         */
        Optional<String> prompt();

        /** Which version of the prompt: the one this label points at. */
        @WithDefault("production")
        String promptLabel();

        /** Each attempt's limit; the reader waits for the check, and a timed-out check holds the comment. */
        @WithDefault("10s")
        Duration timeout();
    }

    interface Spam {

        /** A person takes at least this long from fetching the form token to submitting. */
        @WithDefault("3s")
        Duration minFormTime();

        /** A form token older than this is refused (spam reason form-token-expired). */
        @WithDefault("24h")
        Duration maxFormAge();

        /** More links than this in the body is spam. */
        @WithDefault("2")
        int maxLinks();

        /** The same body (case and spacing folded) submitted again within this window is spam. */
        @WithDefault("24h")
        Duration duplicateWindow();

        /** Comments per visitor (account, visitor key or email) per visitor-window. */
        @WithDefault("5")
        int visitorLimit();

        @WithDefault("10m")
        Duration visitorWindow();

        /** Comments per client address per ip-window. */
        @WithDefault("20")
        int ipLimit();

        @WithDefault("10m")
        Duration ipWindow();
    }
}
