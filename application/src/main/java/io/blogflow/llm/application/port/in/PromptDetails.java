package io.blogflow.llm.application.port.in;

import io.blogflow.llm.domain.Prompt;
import io.blogflow.llm.domain.PromptVersion;
import java.util.List;
import java.util.Map;

/** A prompt with its versions (newest first) and its labels (label → version). */
public record PromptDetails(Prompt prompt, List<PromptVersion> versions, Map<String, Integer> labels) {
}
