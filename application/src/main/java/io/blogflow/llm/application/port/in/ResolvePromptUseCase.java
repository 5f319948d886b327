package io.blogflow.llm.application.port.in;

import io.blogflow.llm.domain.PromptReference;
import io.blogflow.llm.domain.PromptVersion;

/** Using a prompt: what a reference names, for a run about to render it. */
public interface ResolvePromptUseCase {

    /**
     * The version a reference names (by label or number).
     *
     * @throws io.blogflow.shared.domain.NotFoundException when the prompt, version or label does not exist
     */
    PromptVersion resolve(PromptReference reference);
}
