package io.blogflow.llm.adapter.rest;

import io.blogflow.llm.application.port.in.PromptDetails;
import io.blogflow.llm.domain.Prompt;
import io.blogflow.llm.domain.PromptVersion;
import io.blogflow.shared.domain.Permissions;
import io.blogflow.shared.domain.Roles;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the prompt API. */
final class PromptDtos {

    /** Reading prompts: anyone who writes posts (contributors and up). */
    static final String READ = Permissions.POSTS_WRITE;
    static final String EDITOR = Roles.EDITOR;
    static final String ADMIN = Roles.ADMIN;
    static final String TEMPLATE_DOC = "The user message: text with {{placeholder}} slots ({{ name }} too), each "
            + "naming a field of the editorial field registry (GET /api/v1/workflow/fields); at most 50,000 characters.";

    private PromptDtos() {
    }

    @Schema(name = "PromptSummary")
    record PromptSummary(@Schema(required = true) UUID id, String name,
                         @Schema(required = true, description = "The prompt's change counter (its ETag).") long version,
                         @Schema(required = true) Instant createdAt, UUID createdBy) {

        static PromptSummary from(Prompt prompt) {
            return new PromptSummary(prompt.id().value(), prompt.name(), prompt.version(), prompt.createdAt(),
                    prompt.createdBy());
        }
    }

    @Schema(name = "Prompt")
    record PromptResponse(@Schema(required = true) UUID id, String name,
                          @Schema(required = true,
                                  description = "The prompt's change counter (its ETag): moves with every new "
                                  + "version and label change.") long version,
                          @Schema(required = true) Instant createdAt, UUID createdBy,
                          @Schema(description = "label → version number.") Map<String, Integer> labels,
                          @Schema(description = "Newest first.") List<VersionResponse> versions) {

        static PromptResponse from(PromptDetails details) {
            Prompt prompt = details.prompt();
            return new PromptResponse(prompt.id().value(), prompt.name(), prompt.version(), prompt.createdAt(),
                    prompt.createdBy(), details.labels(), details.versions().stream().map(VersionResponse::from).toList());
        }
    }

    @Schema(name = "PromptVersion")
    record VersionResponse(String name, @Schema(required = true) int version, String systemPrompt, String template,
                           @Schema(description = "The template's placeholder names, in order of first use.")
                           Set<String> placeholders,
                           Map<String, Object> parameters,
                           @Schema(description = "Labels pointing at this version.") Set<String> labels,
                           @Schema(required = true) Instant createdAt, UUID createdBy) {

        static VersionResponse from(PromptVersion version) {
            return new VersionResponse(version.name(), version.version(), version.systemPrompt(),
                    version.template().text(), version.template().placeholders(), version.parameters(),
                    new TreeSet<>(version.labels()), version.createdAt(), version.createdBy());
        }
    }

    @Schema(name = "NewPrompt")
    record PromptRequest(
            @Schema(required = true, maxLength = 80, example = "section-first-draft", description = "Unique: "
                    + "lower-case letters, digits, '.', '_' and '-', starting with a letter or digit.") String name,
            @Schema(maxLength = 50000, description = "Optional system message.") String systemPrompt,
            @Schema(required = true, description = TEMPLATE_DOC) String template,
            @Schema(description = "Call parameters, e.g. {\"temperature\": 0.2}; at most 50 members.")
            Map<String, Object> parameters) {
    }

    @Schema(name = "NewPromptVersion")
    record VersionRequest(
            @Schema(maxLength = 50000) String systemPrompt,
            @Schema(required = true, description = TEMPLATE_DOC) String template,
            Map<String, Object> parameters,
            @Schema(description = "Labels to point at the new version besides latest, e.g. [\"production\"].")
            Set<String> labels) {
    }

    @Schema(name = "PromptLabelTarget")
    record LabelRequest(@Schema(required = true, minimum = "1") Integer version) {
    }
}
