package io.blogflow.comments.bootstrap;

import io.blogflow.comments.application.port.out.ModerationCheck;
import io.blogflow.comments.application.port.out.SpamCheck.Submission;
import io.blogflow.comments.domain.AuthorWebsite;
import io.blogflow.comments.domain.ModerationAnswer;
import io.blogflow.comments.domain.SpamVerdict;
import io.blogflow.llm.application.port.in.GenerateTextUseCase;
import io.blogflow.llm.application.port.in.Generation;
import io.blogflow.llm.application.port.in.GenerationListener;
import io.blogflow.llm.application.port.in.GenerationRequest;
import io.blogflow.llm.application.port.in.ResolvePromptUseCase;
import io.blogflow.llm.domain.ModelId;
import io.blogflow.llm.domain.PromptReference;
import io.blogflow.llm.domain.PromptVersion;
import io.blogflow.shared.domain.UserId;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The LLM moderation check, through the llm context's in-ports: the configured prompt (resolved by label for every
 * comment, so moving the label changes the check without a restart) is rendered with the comment, the model its
 * version names answers {@code OK} or {@code HOLD} with reasons ({@link ModerationAnswer}). The generation is logged
 * under the comment's id and metered to the post's author. Whatever goes wrong (no prompt, no model, the provider
 * failing or timing out, the author's quota) holds the comment for a person ({@link ModerationAnswer#UNAVAILABLE}):
 * it is never lost, and never let in unchecked.
 */
final class LlmModerationCheck implements ModerationCheck {

    /** What the prompt's template may use besides the editorial field {@code title} (the post's title). */
    static final String COMMENT = "comment";
    static final String AUTHOR_NAME = "authorName";
    static final String AUTHOR_URL = "authorUrl";

    private static final Logger LOG = Logger.getLogger(LlmModerationCheck.class);

    private final PromptReference prompt;
    private final Duration timeout;
    private final ResolvePromptUseCase prompts;
    private final GenerateTextUseCase generator;

    LlmModerationCheck(PromptReference prompt, Duration timeout, ResolvePromptUseCase prompts,
                       GenerateTextUseCase generator) {
        this.prompt = prompt;
        this.timeout = timeout;
        this.prompts = prompts;
        this.generator = generator;
    }

    @Override
    public SpamVerdict judge(Submission submission) {
        try {
            Optional<UserId> payer = submission.post().author();
            if (payer.isEmpty()) {
                LOG.warnf("Comment %s held: post %s has no author to meter the moderation check to",
                        submission.id(), submission.post().id());
                return ModerationAnswer.unavailable();
            }
            Generation generation = generator.generate(request(submission, prompts.resolve(prompt), payer.get()),
                    GenerationListener.NONE);
            if (!generation.succeeded()) {
                LOG.warnf("Comment %s held: the moderation model did not answer (%s)", submission.id(),
                        generation.last().status());
                return ModerationAnswer.unavailable();
            }
            return ModerationAnswer.verdictOf(generation.text());
        } catch (RuntimeException trouble) {
            LOG.warnf("Comment %s held: the moderation check could not run: %s", submission.id(),
                    trouble.getMessage());
            return ModerationAnswer.unavailable();
        }
    }

    private GenerationRequest request(Submission submission, PromptVersion version, UserId payer) {
        Map<String, String> values = Map.of(COMMENT, submission.body().value(),
                AUTHOR_NAME, submission.name().value(),
                AUTHOR_URL, submission.website().map(AuthorWebsite::value).orElse(""),
                "title", submission.post().title());
        String input = version.template().render(values::get);
        return new GenerationRequest(submission.id().value(), payer, version.name(), version.version(),
                version.systemPrompt(), input, model(version, "modelId").orElseThrow(() -> new IllegalStateException(
                        "prompt " + prompt + " names no model (parameter modelId)")),
                model(version, "fallbackModelId").orElse(null), number(version, "temperature")
                .map(Number::doubleValue).orElse(null), number(version, "maxTokens").map(Number::intValue)
                .orElse(null), timeout, false);
    }

    private static Optional<ModelId> model(PromptVersion version, String parameter) {
        return Optional.ofNullable(version.parameters().get(parameter))
                .map(value -> new ModelId(UUID.fromString(value.toString())));
    }

    private static Optional<Number> number(PromptVersion version, String parameter) {
        return version.parameters().get(parameter) instanceof Number number ? Optional.of(number) : Optional.empty();
    }
}
