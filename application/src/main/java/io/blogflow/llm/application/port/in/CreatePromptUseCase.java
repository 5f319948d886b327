package io.blogflow.llm.application.port.in;

import io.blogflow.shared.domain.UserId;
import java.util.Map;

/**
 * Creating a versioned prompt (Langfuse-style: a named prompt has immutable versions 1..n and labels pointing at one
 * version each). Editors and admins write (checked at the edge), every change is audited, and placeholders must be
 * known to the {@code PromptVocabulary}.
 */
public interface CreatePromptUseCase {

    /** Creates the prompt with version 1, labelled {@code production} and {@code latest}. */
    PromptDetails create(UserId actor, NewPrompt prompt);

    record NewPrompt(String name, String systemPrompt, String template, Map<String, Object> parameters) {
    }
}
