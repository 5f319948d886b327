package io.blogflow.llm.application.port.in;

import io.blogflow.shared.domain.UserId;
import java.util.Map;
import java.util.Set;

/** A new version of a prompt; an unknown prompt is {@code prompt-not-found} (404). */
public interface AddPromptVersionUseCase {

    /**
     * Appends a version (labelled {@code latest}, and with any labels asked for, e.g. {@code production}).
     * {@code expectedVersion} null: no check; otherwise the prompt's change counter must still be it.
     */
    PromptDetails addVersion(UserId actor, String name, Long expectedVersion, NewVersion version);

    /** {@code labels}: labels to point at the new version besides {@code latest} (absent: none). */
    record NewVersion(String systemPrompt, String template, Map<String, Object> parameters, Set<String> labels) {
    }
}
