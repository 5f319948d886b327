package io.blogflow.comments.bootstrap;

import io.blogflow.llm.application.port.out.PromptVocabulary;
import java.util.Set;

/** The placeholders the LLM moderation check fills in, so a moderation prompt can be saved in the llm context. */
final class ModerationPromptVocabulary implements PromptVocabulary {

    private static final Set<String> KNOWN = Set.of(LlmModerationCheck.COMMENT, LlmModerationCheck.AUTHOR_NAME,
            LlmModerationCheck.AUTHOR_URL);

    @Override
    public boolean knows(String placeholder) {
        return KNOWN.contains(placeholder);
    }
}
