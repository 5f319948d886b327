package io.blogflow.llm.application.port.in;

import io.blogflow.llm.domain.Prompt;
import io.blogflow.llm.domain.PromptVersion;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import java.util.List;

/**
 * Reading prompts for the people who edit them; an unknown prompt or version is {@code prompt-not-found} (404).
 * Using a prompt in a run is {@link ResolvePromptUseCase}.
 */
public interface PromptQueriesUseCase {

    PromptDetails get(String name);

    /** Prompts by name, without their versions. */
    Page<Prompt> list(PageRequest page);

    /** Every version, newest first. */
    List<PromptVersion> versions(String name);

    PromptVersion version(String name, int version);
}
