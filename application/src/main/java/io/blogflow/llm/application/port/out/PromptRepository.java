package io.blogflow.llm.application.port.out;

import io.blogflow.llm.domain.Prompt;
import io.blogflow.llm.domain.PromptId;
import io.blogflow.llm.domain.PromptVersion;
import io.blogflow.shared.domain.ConflictException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where prompts, their immutable versions and their labels live. Callers run inside a transaction. {@code add}
 * throws {@code ConflictException} ({@code prompt.name-taken}) for a name in use.
 */
public interface PromptRepository {

    Prompt add(Prompt prompt);

    /** The prompt of this name; {@code forChange} locks it for the rest of the transaction. */
    Optional<Prompt> findByName(String name, boolean forChange);

    /** Prompts by name. */
    Page<Prompt> list(PageRequest page);

    /** Stores the prompt's new change counter. */
    Prompt updateVersion(Prompt prompt);

    void addVersion(PromptVersion version);

    /** Every version, newest first, each with the labels pointing at it. */
    List<PromptVersion> versionsOf(Prompt prompt);

    Optional<PromptVersion> version(Prompt prompt, int version);

    /** The highest version number (0 for none). */
    int latestVersion(PromptId prompt);

    /** label → version. */
    Map<String, Integer> labelsOf(PromptId prompt);

    /** Points {@code label} at {@code version}, creating or moving it in one statement. */
    void setLabel(PromptId prompt, String label, int version);

    /** Removes a label; false when the prompt had no such label. */
    boolean removeLabel(PromptId prompt, String label);
}
