package io.blogflow.llm.application.port.in;

import io.blogflow.shared.domain.UserId;

/**
 * Moving a prompt's labels ({@code production}, {@code latest}, custom ones), each pointing at one version. An unknown
 * prompt, version or label is {@code prompt-not-found} (404).
 */
public interface PromptLabelsUseCase {

    /** Points a label ({@code production} or a custom one, not {@code latest}) at a version, atomically. */
    PromptDetails setLabel(UserId actor, String name, String label, int version, long expectedVersion);

    /** Removes a custom label ({@code production} and {@code latest} cannot be removed). */
    PromptDetails removeLabel(UserId actor, String name, String label, long expectedVersion);
}
