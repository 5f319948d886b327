package io.blogflow.workflow.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.PostNotFoundException;
import io.blogflow.shared.application.AuditTrails;
import io.blogflow.shared.application.MutableClock;
import io.blogflow.shared.application.port.out.InMemoryAuditLog;
import io.blogflow.shared.application.port.out.InMemoryTransactions;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.AuditEntry;
import io.blogflow.shared.domain.DomainException;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.UserId;
import io.blogflow.workflow.application.port.in.PostProgressUseCase.ProgressView;
import io.blogflow.workflow.application.port.in.WorkflowDefinitionUseCase.NewItem;
import io.blogflow.workflow.application.port.out.InMemoryEditorialPosts;
import io.blogflow.workflow.application.port.out.InMemoryPostProgressRepository;
import io.blogflow.workflow.application.port.out.InMemoryWorkflowDefinitionRepository;
import io.blogflow.workflow.domain.WorkflowItem;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.WorkflowLevel;
import io.blogflow.workflow.domain.progress.MoveKind;
import io.blogflow.workflow.domain.progress.ProgressDetails;
import io.blogflow.workflow.domain.progress.ProgressErrors;
import io.blogflow.workflow.domain.progress.ProgressHistoryEntry;
import io.blogflow.workflow.domain.progress.ProgressStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service around the progress state machine (whose own rules {@code PostProgress} keeps): access, the version
 * check, storing the move with its history and audit entries, or nothing at all when the move is refused.
 */
class PostProgressServiceTest {

    private static final Actor AUTHOR = new Actor(new UserId(UUID.randomUUID()), false, false);
    private static final Actor STRANGER = new Actor(new UserId(UUID.randomUUID()), false, false);
    private static final Actor EDITOR = new Actor(new UserId(UUID.randomUUID()), true, true);

    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00Z");
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemoryWorkflowDefinitionRepository definitions = new InMemoryWorkflowDefinitionRepository();
    private final InMemoryEditorialPosts posts = new InMemoryEditorialPosts();
    private final InMemoryPostProgressRepository progress = new InMemoryPostProgressRepository();
    private final WorkflowDefinitionService workflow = new WorkflowDefinitionService(definitions,
            new InMemoryTransactions(), UUID::randomUUID, clock, AuditTrails.inMemory(new InMemoryAuditLog(), clock));
    private final PostProgressService service = new PostProgressService(progress, definitions, posts,
            new InMemoryTransactions(), UUID::randomUUID, clock, AuditTrails.inMemory(audit, clock));

    private PostId post;
    private WorkflowItem write;
    private WorkflowItem draft;
    private WorkflowItem review;
    private WorkflowItem publish;
    private WorkflowItem schedule;

    @BeforeEach
    void aWorkflowOfTwoStagesAndAPost() {
        write = add(WorkflowLevel.STAGE, null, "Write");
        draft = add(WorkflowLevel.SUB_STAGE, write, "Draft");
        review = add(WorkflowLevel.SUB_STAGE, write, "Review");
        workflow.add(AUTHOR.id(), WorkflowLevel.STEP, review.id().value(),
                new NewItem("Proofread", null, null, true, null));
        publish = add(WorkflowLevel.STAGE, null, "Publish");
        schedule = add(WorkflowLevel.SUB_STAGE, publish, "Schedule");
        post = posts.add(AUTHOR.id(), Map.of("title", "Hello"));
    }

    @Test
    void theFirstReadBeginsTheProgressAtVersionZeroOnTheFirstSubStageAndStoresIt() {
        ProgressView first = service.progress(post, AUTHOR);
        ProgressView again = service.progress(post, EDITOR);

        assertThat(first.version()).isZero();
        assertThat(first.progress().stageId()).isEqualTo(write.id());
        assertThat(first.progress().subStageId()).isEqualTo(draft.id());
        assertThat(first.progress().status(write.id(), draft.id()))
                .isEqualTo(ProgressStatus.IN_PROGRESS);
        assertThat(first.workflow().stages()).hasSize(2);
        assertThat(again.version()).isZero();
        assertThat(again.progress().records()).isEqualTo(first.progress().records());
        assertThat(audit.entries()).as("reading is not a change").isEmpty();
    }

    @Test
    void aPostTheActorCannotReachIsNotFoundAndNothingBegins() {
        assertThatThrownBy(() -> service.progress(post, STRANGER)).isInstanceOf(PostNotFoundException.class);
        assertThatThrownBy(() -> service.start(post, review.id(), 0, ProgressDetails.NONE, STRANGER))
                .isInstanceOf(PostNotFoundException.class);
        assertThatThrownBy(() -> service.history(post, new PageRequest(1, 10), STRANGER))
                .isInstanceOf(PostNotFoundException.class);

        assertThat(progress.progressOf(post, false, UUID::randomUUID)).isEmpty();
    }

    @Test
    void aMoveOnAPostNeverReadBeginsItWithinTheMoveSoIfMatchZeroWorks() {
        ProgressView started = service.start(post, review.id(), 0, ProgressDetails.NONE, AUTHOR);

        assertThat(started.version()).isEqualTo(1);
        assertThat(started.progress().subStageId()).isEqualTo(review.id());
        assertThat(service.progress(post, AUTHOR).version()).isEqualTo(1);
    }

    @Test
    void aMoveBasedOnAnOldVersionIsStaleAndChangesNothing() {
        service.start(post, review.id(), 0, ProgressDetails.NONE, AUTHOR);

        assertThatThrownBy(() -> service.skip(post, draft.id(), 0, ProgressDetails.NONE, AUTHOR))
                .isInstanceOfSatisfying(StaleVersionException.class,
                        stale -> assertThat(stale.currentVersion()).hasValue(1));

        assertThat(service.progress(post, AUTHOR).progress().status(write.id(), draft.id()))
                .isEqualTo(ProgressStatus.IN_PROGRESS);
        assertThat(history()).hasSize(1);
        assertThat(audit.entries()).hasSize(1);
    }

    @Test
    void eachMoveIsStoredWithAHistoryEntryAndAnAuditEntryNamingWhereFromAndWhereTo() {
        service.complete(post, draft.id(), 0, ProgressDetails.NONE, AUTHOR);
        clock.advance(Duration.ofMinutes(3));
        service.start(post, review.id(), 1, ProgressDetails.NONE, EDITOR);

        assertThat(history()).extracting(entry -> entry.move().kind())
                .containsExactly(MoveKind.START, MoveKind.COMPLETE);
        ProgressHistoryEntry latest = history().get(0);
        assertThat(latest.actor()).isEqualTo(EDITOR.id());
        assertThat(latest.at()).isEqualTo(Instant.parse("2026-11-23T10:03:00Z"));
        assertThat(audit.actions()).containsExactly("workflow.progress.complete", "workflow.progress.start");
        AuditEntry started = audit.entries().get(1);
        assertThat(started.targetId()).isEqualTo(post.toString());
        assertThat(started.before()).containsEntry("subStageId", draft.id().toString());
        assertThat(started.after()).containsEntry("subStageId", review.id().toString())
                .containsEntry("actedOnSubStageId", review.id().toString());
    }

    @Test
    void advancingPastARequiredSubStageNotDoneIsRefusedAndNothingIsStored() {
        service.complete(post, draft.id(), 0, ProgressDetails.NONE, AUTHOR);

        assertThatThrownBy(() -> service.advance(post, 1, AUTHOR)).isInstanceOfSatisfying(
                ProgressErrors.Refused.class, refused -> {
                    assertThat(refused.code()).isEqualTo("stage.required-open");
                    assertThat(refused.getMessage()).contains("Review");
                });

        assertThat(service.progress(post, AUTHOR).version()).isEqualTo(1);
        assertThat(history()).hasSize(1);
        assertThat(audit.actions()).containsExactly("workflow.progress.complete");
    }

    @Test
    void advancingMovesToTheNextStageAndRewindGoesBack() {
        service.start(post, review.id(), 0, ProgressDetails.NONE, AUTHOR);
        service.complete(post, review.id(), 1, ProgressDetails.NONE, AUTHOR);

        ProgressView advanced = service.advance(post, 2, AUTHOR);

        assertThat(advanced.progress().stageId()).isEqualTo(publish.id());
        assertThat(advanced.progress().subStageId()).isEqualTo(schedule.id());
        assertThat(advanced.progress().recordOf(write.id()).orElseThrow().stage().status())
                .isEqualTo(ProgressStatus.DONE);

        ProgressView rewound = service.rewind(post, write.id(), draft.id(), 3, EDITOR);

        assertThat(rewound.version()).isEqualTo(4);
        assertThat(rewound.progress().subStageId()).isEqualTo(draft.id());
        assertThat(rewound.progress().status(write.id(), review.id()))
                .as("the rest stays as it was").isEqualTo(ProgressStatus.DONE);
        assertThat(audit.actions()).endsWith("workflow.progress.advance", "workflow.progress.rewind");
        assertThatThrownBy(() -> service.rewind(post, publish.id(), schedule.id(), 4, EDITOR))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo("progress.not-earlier"));
    }

    @Test
    void aSubStageOfAnotherStageOrUnknownIsRefused() {
        assertThatThrownBy(() -> service.start(post, schedule.id(), 0, ProgressDetails.NONE, AUTHOR))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo("progress.not-current-stage"));
        var unknown = new WorkflowItemId(UUID.randomUUID());
        assertThatThrownBy(() -> service.start(post, unknown, 0, ProgressDetails.NONE, AUTHOR))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo("sub-stage-not-found"));
        assertThat(history()).isEmpty();
    }

    @Test
    void aWorkflowWithoutAnActiveStageCannotBeBegun() {
        var emptyDefinitions = new InMemoryWorkflowDefinitionRepository();
        var onEmpty = new PostProgressService(progress, emptyDefinitions, posts, new InMemoryTransactions(),
                UUID::randomUUID, clock, AuditTrails.inMemory(audit, clock));

        assertThatThrownBy(() -> onEmpty.progress(post, AUTHOR)).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.code()).isEqualTo("workflow.empty"));
    }

    @Test
    void aTrashedPostIsNoLongerReachable() {
        service.progress(post, AUTHOR);
        posts.trash(post);

        assertThatThrownBy(() -> service.advance(post, 0, EDITOR)).isInstanceOf(PostNotFoundException.class);
    }

    private java.util.List<ProgressHistoryEntry> history() {
        return service.history(post, new PageRequest(1, 50), AUTHOR).items();
    }

    private WorkflowItem add(WorkflowLevel level, WorkflowItem parent, String name) {
        return workflow.add(AUTHOR.id(), level, parent == null ? null : parent.id().value(),
                new NewItem(name, null, null, null, null));
    }
}
