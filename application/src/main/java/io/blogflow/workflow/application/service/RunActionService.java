package io.blogflow.workflow.application.service;

import io.blogflow.blog.domain.PostId;
import io.blogflow.llm.application.port.in.GenerateTextUseCase;
import io.blogflow.llm.application.port.in.Generation;
import io.blogflow.llm.application.port.in.GenerationListener;
import io.blogflow.llm.application.port.in.GenerationRequest;
import io.blogflow.llm.application.port.in.ResolvePromptUseCase;
import io.blogflow.llm.domain.Interaction;
import io.blogflow.llm.domain.PromptVersion;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Jobs;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.DomainException;
import io.blogflow.shared.domain.QuotaExceededException;
import io.blogflow.workflow.application.port.in.LlmActionsUseCase;
import io.blogflow.workflow.application.port.in.RunActionUseCase;
import io.blogflow.workflow.application.port.out.ActionRunRepository;
import io.blogflow.workflow.application.port.out.EditorialPosts;
import io.blogflow.workflow.application.port.out.EditorialWorkspaceRepository;
import io.blogflow.workflow.domain.EditorialField;
import io.blogflow.workflow.domain.PostSection;
import io.blogflow.workflow.domain.SectionNotFoundException;
import io.blogflow.workflow.domain.action.LlmAction;
import io.blogflow.workflow.domain.run.ActionRun;
import io.blogflow.workflow.domain.run.GeneratedValue;
import io.blogflow.workflow.domain.run.RunError;
import io.blogflow.workflow.domain.run.RunErrors;
import io.blogflow.workflow.domain.run.RunStatus;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A run in three steps, none holding a transaction across the provider call: record the start (which is where an
 * idempotency key is claimed) and read the fields; generate; write the answer under the workspace lock if the target
 * field still holds what the prompt was rendered from. The check is per field, so an editor typing in another field
 * meanwhile does not spoil the run. An asynchronous run records its start and enqueues a {@link RunActionJob} in one
 * transaction; the job generates and writes the same way, and tells the starter how it ended ({@link RunNotices}).
 */
public final class RunActionService implements RunActionUseCase {

    /**
     * Longer than any run can take (10-minute timeouts × attempts × primary and fallback, plus backoffs): a run still
     * "running" after this was cut off by a stopped instance, and its idempotency key must not stay blocked.
     */
    static final java.time.Duration ABANDONED_AFTER = java.time.Duration.ofHours(2);

    private final EditorialPosts posts;
    private final LlmActionsUseCase actions;
    private final ResolvePromptUseCase prompts;
    private final GenerateTextUseCase generator;
    private final EditorialWorkspaceRepository workspaces;
    private final ActionRunRepository runs;
    private final GeneratedFieldWriter writer;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Jobs jobs;
    private final RunNotices notices;
    private final Clock clock;

    public RunActionService(EditorialPosts posts, LlmActionsUseCase actions, ResolvePromptUseCase prompts,
                            GenerateTextUseCase generator, EditorialWorkspaceRepository workspaces,
                            ActionRunRepository runs, GeneratedFieldWriter writer, Transactions transactions,
                            IdGenerator ids, Jobs jobs, RunNotices notices, Clock clock) {
        this.posts = posts;
        this.actions = actions;
        this.prompts = prompts;
        this.generator = generator;
        this.workspaces = workspaces;
        this.runs = runs;
        this.writer = writer;
        this.transactions = transactions;
        this.ids = ids;
        this.jobs = jobs;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void check(Command command) {
        posts.requireReachable(command.postId(), command.actor());
        prepare(command);
    }

    @Override
    public Outcome run(Command command, GenerationListener listener) {
        // One short transaction for everything before the provider call: each one costs round trips.
        Started begun = transactions.inTransaction(() -> begin(command));
        ActionRun run = begun.run();
        if (!run.id().equals(begun.requested().id())) {
            return replay(run, command);
        }
        return new Outcome(execute(run, begun.read(), command, listener, false), false);
    }

    @Override
    public Outcome accept(Command command) {
        return transactions.inTransaction(() -> {
            Started begun = begin(command);
            ActionRun run = begun.run();
            if (!run.id().equals(begun.requested().id())) {
                if (!run.sameRequest(command.actionId(), command.sectionId())) {
                    throw new RunErrors.KeyReused();
                }
                return new Outcome(run, true);
            }
            jobs.enqueue(RunActionJob.TYPE, RunActionJob.Payload.of(run, command.actor()));
            return new Outcome(run, false);
        });
    }

    /** The job's work: generates and writes an accepted run that is still running. */
    void perform(RunActionJob.Payload accepted) {
        Command command = accepted.command();
        ActionRun run = transactions.inTransaction(() -> runs.find(new PostId(accepted.postId()), accepted.runId()))
                .filter(found -> found.status() == RunStatus.RUNNING).orElse(null);
        if (run == null) {
            return;
        }
        Read read;
        try {
            read = transactions.inTransaction(() -> read(command));
        } catch (DomainException refused) {
            // The post, action or section changed since the run was accepted (trashed, disabled, deleted).
            finish(run.failed(new RunError(RunError.REFUSED, refused.code(), null, refused.getMessage()),
                    clock.instant()), true);
            return;
        }
        try {
            execute(run, read, command, GenerationListener.NONE, true);
        } catch (QuotaExceededException recorded) {
            // Recorded as a failed run and told to its starter: nothing for the job to retry.
        }
    }

    /** The job gave up on the run: recorded as failed, unless it finished after all. */
    void abandon(RunActionJob.Payload accepted, String why) {
        transactions.inTransaction(() -> runs.find(new PostId(accepted.postId()), accepted.runId())
                .filter(found -> found.status() == RunStatus.RUNNING)
                .map(found -> finishIn(found.failed(new RunError(RunError.INTERNAL, null, null,
                        "The run could not be performed: " + why), clock.instant()), true)));
    }

    private ActionRun execute(ActionRun run, Read read, Command command, GenerationListener listener,
                              boolean notify) {
        try {
            return generateAndWrite(run, read.action(), read.prompt(), read.fields(), command, listener, notify);
        } catch (QuotaExceededException refused) {
            finish(run.failed(new RunError(RunError.QUOTA_EXCEEDED, refused.code(), null, refused.getMessage()),
                    clock.instant()), notify);
            throw refused;
        } catch (RuntimeException unexpected) {
            // Whatever broke, the run must not stay "running": record it as failed, then let the caller see it.
            finish(run.failed(new RunError(RunError.INTERNAL, null, null, "The run broke off: "
                    + unexpected.getClass().getSimpleName()), clock.instant()), notify);
            throw unexpected;
        }
    }

    private ActionRun generateAndWrite(ActionRun run, LlmAction action, PromptVersion prompt,
                                       Map<String, Object> fields, Command command, GenerationListener listener,
                                       boolean notify) {
        Generation generation = generator.generate(request(run, action, prompt, fields, command), listener);
        Interaction last = generation.last();
        ActionRun used = run.used(last.modelName(), generation.attempts().size(), generation.inputTokens(),
                generation.outputTokens(), generation.cost(), generation.text());
        if (!generation.succeeded()) {
            return finish(used.failed(new RunError(last.errorType(), last.errorCode(), last.httpStatus(),
                    last.errorMessage()), clock.instant()), notify);
        }
        Object before = fields.get(action.output().key());
        GeneratedFieldWriter.Written written = writer.write(used, action.output(), before, command.actor());
        return finish(written.error() == null ? used.succeeded(before, clock.instant())
                : used.failed(written.error(), clock.instant()), notify);
    }

    private record Prepared(LlmAction action, PromptVersion prompt) {
    }

    /** What a run works from: the action, its prompt and the fields the prompt is rendered with. */
    private record Read(LlmAction action, PromptVersion prompt, Map<String, Object> fields) {
    }

    /** What a run starts from: the run as recorded ({@code requested} unless its key was used before). */
    private record Started(Read read, ActionRun requested, ActionRun run) {
    }

    private Started begin(Command command) {
        Read read = read(command);
        LlmAction action = read.action();
        PromptVersion prompt = read.prompt();
        ActionRun requested = ActionRun.start(ids.newId(), command.postId(), command.sectionId(),
                action.id(), action.name(), action.output().key(), command.idempotencyKey(),
                command.actor().id(), command.stream(), prompt.name(), prompt.version(), clock.instant());
        return new Started(read, requested, runs.start(requested));
    }

    private Read read(Command command) {
        // Reading the post's text goes through the blog context's access rule: no separate reachability check.
        Map<String, String> article = posts.articleText(command.postId(), command.actor());
        Prepared prepared = prepare(command);
        return new Read(prepared.action(), prepared.prompt(), fieldsOf(command, article));
    }

    /** The action and its prompt, refused when disabled or aimed at the wrong target. */
    private Prepared prepare(Command command) {
        LlmAction action = actions.get(command.actionId());
        if (!action.enabled()) {
            throw new RunErrors.ActionDisabled(action.name());
        }
        requireTarget(action, command.sectionId());
        return new Prepared(action, prompts.resolve(action.prompt()));
    }

    private static void requireTarget(LlmAction action, UUID sectionId) {
        if (action.scope() == EditorialField.Scope.SECTION && sectionId == null) {
            throw new RunErrors.WrongTarget("The action '" + action.name()
                    + "' works on a section: give the sectionId.");
        }
        if (action.scope() == EditorialField.Scope.POST && sectionId != null) {
            throw new RunErrors.WrongTarget("The action '" + action.name()
                    + "' works on the whole post: it takes no sectionId.");
        }
    }

    /** The post's own text and planning fields, and for a section action the section's fields over them. */
    private Map<String, Object> fieldsOf(Command command, Map<String, String> article) {
        Map<String, Object> fields = new HashMap<>(article);
        fields.putAll(workspaces.workspaceOf(command.postId())
                .map(workspace -> workspace.fields().values()).orElse(Map.of()));
        if (command.sectionId() != null) {
            PostSection section = workspaces.sectionOf(command.postId(), command.sectionId())
                    .orElseThrow(() -> new SectionNotFoundException(command.sectionId().toString()));
            fields.putAll(section.fields().values());
        }
        return fields;
    }

    private static GenerationRequest request(ActionRun run, LlmAction action, PromptVersion prompt,
                                             Map<String, Object> fields, Command command) {
        String input = prompt.template().render(key -> GeneratedValue.asPromptText(fields.get(key)));
        Double temperature = action.temperature() != null ? action.temperature()
                : promptParameter(prompt, "temperature").map(Number::doubleValue).orElse(null);
        Integer maxTokens = action.maxTokens() != null ? action.maxTokens()
                : promptParameter(prompt, "maxTokens").map(Number::intValue).orElse(null);
        return new GenerationRequest(run.id(), command.actor().id(), prompt.name(), prompt.version(),
                prompt.systemPrompt(), input, action.model(), action.fallbackModel(), temperature, maxTokens,
                action.timeout(), command.stream());
    }

    /** A prompt version's own {@code temperature}/{@code maxTokens} apply where the action sets none (Langfuse's config). */
    private static java.util.Optional<Number> promptParameter(PromptVersion prompt, String name) {
        return prompt.parameters().get(name) instanceof Number number ? java.util.Optional.of(number)
                : java.util.Optional.empty();
    }

    private Outcome replay(ActionRun existing, Command command) {
        if (!existing.sameRequest(command.actionId(), command.sectionId())) {
            throw new RunErrors.KeyReused();
        }
        if (existing.status() == RunStatus.RUNNING) {
            if (existing.startedAt().plus(ABANDONED_AFTER).isAfter(clock.instant())) {
                throw new RunErrors.InProgress(existing.id().toString());
            }
            return new Outcome(finish(existing.failed(new RunError(RunError.ABANDONED, null, null, "The run never "
                    + "finished (its instance stopped while generating); nothing was written."), clock.instant()),
                    false), true);
        }
        return new Outcome(existing, true);
    }

    private ActionRun finish(ActionRun run, boolean notify) {
        return transactions.inTransaction(() -> finishIn(run, notify));
    }

    /** Records the outcome and, for an asynchronous run, tells its starter in the same transaction. */
    private ActionRun finishIn(ActionRun run, boolean notify) {
        ActionRun finished = runs.finish(run);
        if (notify) {
            notices.finished(finished);
        }
        return finished;
    }
}
