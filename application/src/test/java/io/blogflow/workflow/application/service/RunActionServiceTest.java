package io.blogflow.workflow.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.PostNotFoundException;
import io.blogflow.llm.application.port.in.CreatePromptUseCase.NewPrompt;
import io.blogflow.llm.application.port.in.GenerateTextUseCase;
import io.blogflow.llm.application.port.in.Generation;
import io.blogflow.llm.application.port.in.GenerationListener;
import io.blogflow.llm.application.port.in.GenerationRequest;
import io.blogflow.llm.application.port.out.InMemoryPromptRepository;
import io.blogflow.llm.application.service.PromptsService;
import io.blogflow.llm.domain.Interaction;
import io.blogflow.llm.domain.InteractionStatus;
import io.blogflow.llm.domain.ModelId;
import io.blogflow.llm.domain.ProviderId;
import io.blogflow.shared.application.AuditTrails;
import io.blogflow.shared.application.MutableClock;
import io.blogflow.shared.application.port.out.InMemoryAuditLog;
import io.blogflow.shared.application.port.out.InMemoryTransactions;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.QuotaExceededException;
import io.blogflow.shared.domain.UserId;
import io.blogflow.workflow.application.port.in.LlmActionsUseCase.ActionValues;
import io.blogflow.workflow.application.port.in.RunActionUseCase.Command;
import io.blogflow.workflow.application.port.in.RunActionUseCase.Outcome;
import io.blogflow.workflow.application.port.out.InMemoryActionButtonRepository;
import io.blogflow.workflow.application.port.out.InMemoryActionRunRepository;
import io.blogflow.workflow.application.port.out.InMemoryEditorialPosts;
import io.blogflow.workflow.application.port.out.InMemoryEditorialWorkspaceRepository;
import io.blogflow.workflow.application.port.out.InMemoryLlmActionRepository;
import io.blogflow.workflow.domain.EditorialDocument;
import io.blogflow.workflow.domain.EditorialField;
import io.blogflow.workflow.domain.PostSection;
import io.blogflow.workflow.domain.PostWorkspace;
import io.blogflow.workflow.domain.SectionNotFoundException;
import io.blogflow.workflow.domain.action.LlmAction;
import io.blogflow.workflow.domain.run.ActionRun;
import io.blogflow.workflow.domain.run.RunErrors;
import io.blogflow.workflow.domain.run.RunStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A run against the in-memory repositories, the real prompt and action services and a scripted generator: what is
 * recorded, what is written where and when nothing is, and what an idempotency key replays.
 */
class RunActionServiceTest {

    private static final Actor AUTHOR = new Actor(new UserId(UUID.randomUUID()), false, false);
    private static final Actor STRANGER = new Actor(new UserId(UUID.randomUUID()), false, false);
    private static final ModelId MODEL = new ModelId(UUID.randomUUID());
    private static final ModelId FALLBACK = new ModelId(UUID.randomUUID());

    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00Z");
    private final Transactions transactions = new InMemoryTransactions();
    private final InMemoryEditorialPosts posts = new InMemoryEditorialPosts();
    private final InMemoryEditorialWorkspaceRepository workspaces = new InMemoryEditorialWorkspaceRepository();
    private final InMemoryActionRunRepository runs = new InMemoryActionRunRepository();
    private final ScriptedGenerator generator = new ScriptedGenerator();
    private final PromptsService prompts = new PromptsService(new InMemoryPromptRepository(),
            key -> EditorialField.byKey(key).isPresent(), transactions, UUID::randomUUID, clock,
            AuditTrails.inMemory(new InMemoryAuditLog(), clock));
    private final LlmActionsService actions = new LlmActionsService(
            new InMemoryLlmActionRepository(model -> true, new InMemoryActionButtonRepository()), prompts,
            transactions, UUID::randomUUID, AuditTrails.inMemory(new InMemoryAuditLog(), clock));
    private final RunActionService service = new RunActionService(posts, actions, prompts, generator, workspaces,
            runs, new GeneratedFieldWriter(workspaces, posts, transactions), transactions, UUID::randomUUID,
            new io.blogflow.shared.application.NoJobs(), new RunNotices(notice -> { }), clock);

    private PostId post;
    private LlmAction titleIdea;

    @BeforeEach
    void aPostWithAPlanningIdea() {
        post = posts.add(AUTHOR.id(), Map.of("title", "Draft title", "content", "Body"));
        setWorkspace(Map.of("basicIdea", "Sourdough at home", "provisionalTitle", "Bread"));
        prompts.create(AUTHOR.id(), new NewPrompt("title-idea", "You name articles.",
                "A title for: {{basicIdea}} (now: {{title}})", Map.of("temperature", 0.4, "maxTokens", 50)));
        titleIdea = action("Suggest a title", "title-idea", "provisionalTitle", null, null, true);
    }

    @Test
    void aSuccessfulRunWritesTheFieldKeepsWhatItHeldAndRecordsTheUsage() {
        generator.answer("  Sourdough, slowly  ", Duration.ofSeconds(3));

        Outcome outcome = service.run(command(titleIdea, null, null), GenerationListener.NONE);

        ActionRun run = outcome.run();
        assertThat(outcome.replayed()).isFalse();
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.previousValue()).isEqualTo("Bread");
        assertThat(run.output()).isEqualTo("  Sourdough, slowly  ");
        assertThat(run.modelName()).isEqualTo("gpt-4o-mini");
        assertThat(run.attempts()).isEqualTo(1);
        assertThat(run.inputTokens()).isEqualTo(100);
        assertThat(run.cost()).isEqualByComparingTo("0.002");
        assertThat(run.promptName()).isEqualTo("title-idea");
        assertThat(run.promptVersion()).isEqualTo(1);
        assertThat(run.startedAt()).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
        assertThat(run.finishedAt()).isEqualTo(Instant.parse("2026-11-23T10:00:03Z"));
        assertThat(workspaceField("provisionalTitle")).isEqualTo("Sourdough, slowly");
        // a private planning field: no public text changed, so no AI disclosure is due
        assertThat(posts.markedAiGenerated(post)).isFalse();
        assertThat(runs.find(post, run.id())).contains(run);
    }

    @Test
    void thePromptIsRenderedFromPostAndWorkspaceFieldsAndItsParametersApplyWhereTheActionSetsNone() {
        generator.answer("x", Duration.ZERO);
        LlmAction hot = action("Hot title", "title-idea", "provisionalTitle", 1.2, 20, true);
        generator.answer("y", Duration.ZERO);

        service.run(command(titleIdea, null, null), GenerationListener.NONE);
        service.run(command(hot, null, null), GenerationListener.NONE);

        GenerationRequest fromPrompt = generator.requests.get(0);
        assertThat(fromPrompt.input()).isEqualTo("A title for: Sourdough at home (now: Draft title)");
        assertThat(fromPrompt.systemPrompt()).isEqualTo("You name articles.");
        assertThat(fromPrompt.temperature()).isEqualTo(0.4);
        assertThat(fromPrompt.maxTokens()).isEqualTo(50);
        assertThat(fromPrompt.model()).isEqualTo(MODEL);
        assertThat(fromPrompt.fallbackModel()).isEqualTo(FALLBACK);
        assertThat(fromPrompt.traceId()).as("the run is the trace").isNotNull();
        GenerationRequest fromAction = generator.requests.get(1);
        assertThat(fromAction.temperature()).isEqualTo(1.2);
        assertThat(fromAction.maxTokens()).isEqualTo(20);
    }

    @Test
    void aFailedGenerationIsAFailedRunThatWritesNothing() {
        generator.fail("rate-limited", 429);

        ActionRun run = service.run(command(titleIdea, null, null), GenerationListener.NONE).run();

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.error().type()).isEqualTo("rate-limited");
        assertThat(run.error().httpStatus()).isEqualTo(429);
        assertThat(run.attempts()).isEqualTo(3);
        assertThat(workspaceField("provisionalTitle")).isEqualTo("Bread");
        assertThat(posts.markedAiGenerated(post)).isFalse();
    }

    @Test
    void aFieldAnEditorChangedWhileGeneratingIsNotOverwrittenAndTheAnswerIsKept() {
        generator.answer("Sourdough, slowly", Duration.ZERO);
        generator.meanwhile = () -> setWorkspace(Map.of("basicIdea", "Sourdough at home",
                "provisionalTitle", "Bread, by hand"));

        ActionRun run = service.run(command(titleIdea, null, null), GenerationListener.NONE).run();

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.error().type()).isEqualTo("conflict");
        assertThat(run.error().code()).isEqualTo("field.changed");
        assertThat(run.output()).isEqualTo("Sourdough, slowly");
        assertThat(workspaceField("provisionalTitle")).isEqualTo("Bread, by hand");
    }

    @Test
    void anEditInAnotherFieldMeanwhileDoesNotSpoilTheRun() {
        generator.answer("Sourdough, slowly", Duration.ZERO);
        generator.meanwhile = () -> setWorkspace(Map.of("basicIdea", "Rye instead", "provisionalTitle", "Bread"));

        ActionRun run = service.run(command(titleIdea, null, null), GenerationListener.NONE).run();

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(workspaceField("provisionalTitle")).isEqualTo("Sourdough, slowly");
    }

    @Test
    void thePostsOwnTextIsWrittenThroughTheBlogContextWithTheSameCheck() {
        LlmAction retitle = action("Retitle", "title-idea", "title", null, null, true);
        generator.answer("A better title", Duration.ZERO);
        generator.answer("Another title", Duration.ZERO);

        ActionRun written = service.run(command(retitle, null, null), GenerationListener.NONE).run();
        generator.meanwhile = () -> posts.edit(post, "title", "Typed by hand");
        ActionRun refused = service.run(command(retitle, null, null), GenerationListener.NONE).run();

        assertThat(written.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(written.previousValue()).isEqualTo("Draft title");
        assertThat(refused.error().code()).isEqualTo("field.changed");
        assertThat(posts.field(post, "title")).isEqualTo("Typed by hand");
    }

    @Test
    void anAnswerTheFieldCannotHoldIsAFailedRunNotAnError() {
        generator.answer("x".repeat(EditorialField.PROVISIONAL_TITLE.maxLength() + 1), Duration.ZERO);

        ActionRun run = service.run(command(titleIdea, null, null), GenerationListener.NONE).run();

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.error().type()).isEqualTo("output-invalid");
        assertThat(workspaceField("provisionalTitle")).isEqualTo("Bread");
    }

    @Test
    void aSectionActionReadsAndWritesItsSection() {
        prompts.create(AUTHOR.id(), new NewPrompt("draft", null, "Write '{{heading}}' about {{basicIdea}}", null));
        LlmAction draft = action("Draft section", "draft", "firstDraft", null, null, true);
        UUID section = UUID.randomUUID();
        workspaces.insertSection(new PostSection(section, post, 1, new EditorialDocument(EditorialField.Scope.SECTION,
                Map.of("heading", "Starter")), 0));
        generator.answer("Feed it daily.", Duration.ZERO);

        ActionRun run = service.run(command(draft, section, null), GenerationListener.NONE).run();

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.sectionId()).isEqualTo(section);
        assertThat(generator.requests.get(0).input()).isEqualTo("Write 'Starter' about Sourdough at home");
        assertThat(workspaces.sectionOf(post, section).orElseThrow().fields().values())
                .containsEntry("firstDraft", "Feed it daily.").containsEntry("heading", "Starter");
        assertThatThrownBy(() -> service.run(command(draft, UUID.randomUUID(), null), GenerationListener.NONE))
                .isInstanceOf(SectionNotFoundException.class);
    }

    @Test
    void anActionRunsOnlyOnItsTargetAndOnlyWhenEnabledRecordingNothingOtherwise() {
        prompts.create(AUTHOR.id(), new NewPrompt("draft", null, "Write '{{heading}}'", null));
        LlmAction draft = action("Draft section", "draft", "firstDraft", null, null, true);
        LlmAction off = action("Off", "title-idea", "provisionalTitle", null, null, false);

        assertThatThrownBy(() -> service.check(command(draft, null, null)))
                .isInstanceOfSatisfying(RunErrors.WrongTarget.class,
                        wrong -> assertThat(wrong.getMessage()).contains("give the sectionId"));
        assertThatThrownBy(() -> service.run(command(titleIdea, UUID.randomUUID(), null), GenerationListener.NONE))
                .isInstanceOf(RunErrors.WrongTarget.class);
        assertThatThrownBy(() -> service.run(command(off, null, null), GenerationListener.NONE))
                .isInstanceOf(RunErrors.ActionDisabled.class);
        assertThatThrownBy(() -> service.check(new Command(post, titleIdea.id(), null, STRANGER, null, false)))
                .isInstanceOf(PostNotFoundException.class);
        assertThatThrownBy(() -> service.run(new Command(post, titleIdea.id(), null, STRANGER, null, false),
                GenerationListener.NONE)).isInstanceOf(PostNotFoundException.class);

        assertThat(runs.ofPost(post, new PageRequest(1, 10)).items()).isEmpty();
        assertThat(generator.requests).isEmpty();
    }

    @Test
    void aRepeatedKeyReplaysTheFirstRunWithoutGeneratingAgain() {
        generator.answer("Sourdough, slowly", Duration.ZERO);

        Outcome first = service.run(command(titleIdea, null, "key-1"), GenerationListener.NONE);
        Outcome again = service.run(command(titleIdea, null, "key-1"), GenerationListener.NONE);

        assertThat(again.replayed()).isTrue();
        assertThat(again.run()).isEqualTo(first.run());
        assertThat(generator.requests).hasSize(1);
        LlmAction other = action("Other", "title-idea", "provisionalTitle", null, null, true);
        assertThatThrownBy(() -> service.run(command(other, null, "key-1"), GenerationListener.NONE))
                .isInstanceOf(RunErrors.KeyReused.class);
    }

    @Test
    void aKeyWhoseRunIsStillGeneratingIsInProgressUntilTheRunIsDeemedAbandoned() {
        ActionRun running = runs.start(ActionRun.start(UUID.randomUUID(), post, null, titleIdea.id(),
                titleIdea.name(), "provisionalTitle", "key-2", AUTHOR.id(), false, "title-idea", 1, clock.instant()));
        clock.advance(RunActionService.ABANDONED_AFTER.minusSeconds(1));

        assertThatThrownBy(() -> service.run(command(titleIdea, null, "key-2"), GenerationListener.NONE))
                .isInstanceOfSatisfying(RunErrors.InProgress.class,
                        busy -> assertThat(busy.getMessage()).contains(running.id().toString()));

        clock.advance(Duration.ofSeconds(1));
        Outcome abandoned = service.run(command(titleIdea, null, "key-2"), GenerationListener.NONE);

        assertThat(abandoned.replayed()).isTrue();
        assertThat(abandoned.run().id()).isEqualTo(running.id());
        assertThat(abandoned.run().error().type()).isEqualTo("abandoned");
        assertThat(workspaceField("provisionalTitle")).isEqualTo("Bread");
        assertThat(generator.requests).isEmpty();
    }

    @Test
    void aQuotaRefusalIsRecordedOnTheRunAndPassedOn() {
        QuotaExceededException refused = new QuotaExceededException("llm-tokens", 1000, 1000, null, null);
        generator.script.add(() -> {
            throw refused;
        });

        assertThatThrownBy(() -> service.run(command(titleIdea, null, null), GenerationListener.NONE))
                .isSameAs(refused);

        assertThat(runs.ofPost(post, new PageRequest(1, 10)).items()).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo(RunStatus.FAILED);
            assertThat(run.error().type()).isEqualTo("quota-exceeded");
            assertThat(run.error().code()).isEqualTo("quota-exceeded");
        });
    }

    @Test
    void whateverBreaksTheRunDoesNotStayRunning() {
        generator.script.add(() -> {
            throw new IllegalStateException("boom");
        });

        assertThatThrownBy(() -> service.run(command(titleIdea, null, null), GenerationListener.NONE))
                .isInstanceOf(IllegalStateException.class);

        assertThat(runs.ofPost(post, new PageRequest(1, 10)).items()).singleElement().satisfies(run -> {
            assertThat(run.error().type()).isEqualTo("internal");
            assertThat(run.error().message()).contains("IllegalStateException");
            assertThat(run.finishedAt()).isNotNull();
        });
    }

    // ---- fixtures

    private LlmAction action(String name, String prompt, String output, Double temperature, Integer maxTokens,
                             boolean enabled) {
        return actions.create(AUTHOR.id(), new ActionValues(name, null, prompt, null, null, MODEL.value(),
                FALLBACK.value(), temperature, maxTokens, null, List.of(), output, enabled));
    }

    private Command command(LlmAction action, UUID section, String key) {
        return new Command(post, action.id(), section, AUTHOR, key, false);
    }

    private void setWorkspace(Map<String, Object> values) {
        PostWorkspace current = workspaces.lockWorkspace(post);
        workspaces.updateWorkspace(new PostWorkspace(post, new EditorialDocument(EditorialField.Scope.POST, values),
                current.version()));
    }

    private Object workspaceField(String key) {
        return workspaces.workspaceOf(post).orElseThrow().fields().values().get(key);
    }

    /** Answers from a script; {@code meanwhile} runs during the call, as an editor typing while it generates. */
    private final class ScriptedGenerator implements GenerateTextUseCase {

        final Deque<Supplier<Generation>> script = new ArrayDeque<>();
        final List<GenerationRequest> requests = new ArrayList<>();
        Runnable meanwhile = () -> { };

        void answer(String text, Duration latency) {
            script.add(() -> {
                clock.advance(latency);
                return new Generation(List.of(interaction(1, InteractionStatus.SUCCEEDED, text, null, 200)));
            });
        }

        void fail(String type, int status) {
            script.add(() -> new Generation(List.of(interaction(1, InteractionStatus.FAILED, null, type, status),
                    interaction(2, InteractionStatus.FAILED, null, type, status),
                    interaction(3, InteractionStatus.FAILED, null, type, status))));
        }

        @Override
        public Generation generate(GenerationRequest request, GenerationListener listener) {
            requests.add(request);
            Generation generation = script.removeFirst().get();
            meanwhile.run();
            return generation;
        }

        private Interaction interaction(int attempt, InteractionStatus status, String output, String errorType,
                                        int httpStatus) {
            return new Interaction(UUID.randomUUID(), UUID.randomUUID(), attempt, false, "title-idea", 1,
                    new ProviderId(UUID.randomUUID()), "openai", MODEL, "gpt-4o-mini", null, "input", null, null,
                    1000, false, status, output, 100, 20, new BigDecimal("0.002"), 10, null, "stop", errorType,
                    null, httpStatus, errorType == null ? null : "refused", clock.instant());
        }
    }
}
