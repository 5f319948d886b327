package io.blogflow.llm.application.port.in;

import io.blogflow.llm.domain.Prompt;
import io.blogflow.llm.domain.PromptVersion;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.UserId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Versioned prompts (Langfuse-style): a named prompt has immutable versions 1..n and labels pointing at one version
 * each ({@code production}, {@code latest}, custom ones). Editors and admins write (checked at the edge), every
 * change is audited, and placeholders must be known to the {@code PromptVocabulary}. An unknown prompt, version or
 * label is "not found" ({@code prompt-not-found}, 404). Using a prompt is {@link ResolvePromptUseCase}.
 */
public interface PromptsUseCase {

    /** Creates the prompt with version 1, labelled {@code production} and {@code latest}. */
    PromptDetails create(UserId actor, NewPrompt prompt);

    /**
     * Appends a version (labelled {@code latest}, and with any labels asked for, e.g. {@code production}).
     * {@code expectedVersion} null: no check; otherwise the prompt's change counter must still be it.
     */
    PromptDetails addVersion(UserId actor, String name, Long expectedVersion, NewVersion version);

    PromptDetails get(String name);

    /** Prompts by name, without their versions. */
    Page<Prompt> list(PageRequest page);

    /** Every version, newest first. */
    List<PromptVersion> versions(String name);

    PromptVersion version(String name, int version);

    /** Points a label ({@code production} or a custom one, not {@code latest}) at a version, atomically. */
    PromptDetails setLabel(UserId actor, String name, String label, int version, long expectedVersion);

    /** Removes a custom label ({@code production} and {@code latest} cannot be removed). */
    PromptDetails removeLabel(UserId actor, String name, String label, long expectedVersion);

    /** A prompt with its versions (newest first) and its labels (label → version). */
    record PromptDetails(Prompt prompt, List<PromptVersion> versions, Map<String, Integer> labels) {
    }

    record NewPrompt(String name, String systemPrompt, String template, Map<String, Object> parameters) {
    }

    /** {@code labels}: labels to point at the new version besides {@code latest} (absent: none). */
    record NewVersion(String systemPrompt, String template, Map<String, Object> parameters, Set<String> labels) {
    }
}
