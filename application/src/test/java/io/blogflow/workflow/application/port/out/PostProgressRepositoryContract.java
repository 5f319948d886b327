package io.blogflow.workflow.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.application.port.out.RepositoryContract;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.UserId;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.WorkflowTree;
import io.blogflow.workflow.domain.progress.FieldKeys;
import io.blogflow.workflow.domain.progress.MoveKind;
import io.blogflow.workflow.domain.progress.PostProgress;
import io.blogflow.workflow.domain.progress.ProgressDetails;
import io.blogflow.workflow.domain.progress.ProgressHistoryEntry;
import io.blogflow.workflow.domain.progress.ProgressMove;
import io.blogflow.workflow.domain.progress.ProgressStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PostProgressRepository} does. An implementation's test gives it, posts, and a workflow of one
 * stage with two sub-stages whose items exist where the repository may refer to them.
 */
public abstract class PostProgressRepositoryContract extends RepositoryContract {

    protected static final Instant NOW = Instant.parse("2026-06-01T10:00:00.123456Z");

    protected abstract PostProgressRepository progress();

    protected abstract PostId aPost();

    /** Someone moving posts. */
    protected abstract UserId anEditor();

    /** A workflow tree of one active stage with two active sub-stages, its items stored. */
    protected abstract WorkflowTree aWorkflowOfOneStageWithTwoSubStages();

    private WorkflowTree tree;
    private WorkflowItemId stage;
    private WorkflowItemId firstSub;
    private WorkflowItemId secondSub;

    @BeforeEach
    void aWorkflow() {
        tree = aWorkflowOfOneStageWithTwoSubStages();
        var node = tree.stages().get(0);
        stage = node.item().id();
        firstSub = node.children().get(0).item().id();
        secondSub = node.children().get(1).item().id();
    }

    @Test
    void aPostHasNoProgressUntilItIsStored() {
        assertThat(tx(() -> progress().progressOf(aPost(), false, UUID::randomUUID))).isEmpty();
    }

    @Test
    void begunProgressReadsBackAtTheFirstSubStageWithItsRecords() {
        PostId post = aPost();
        PostProgress begun = PostProgress.begin(post, tree, NOW, UUID::randomUUID);

        assertThat(tx(() -> progress().insertIfAbsent(begun))).isTrue();

        PostProgress read = tx(() -> progress().progressOf(post, false, UUID::randomUUID)).orElseThrow();
        assertThat(read.stageId()).isEqualTo(stage);
        assertThat(read.subStageId()).isEqualTo(firstSub);
        assertThat(read.version()).isZero();
        assertThat(read.records()).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(begun.records());
    }

    @Test
    void progressStoredFirstWinsAndASecondInsertStoresNothing() {
        PostId post = aPost();
        tx(() -> progress().insertIfAbsent(PostProgress.begin(post, tree, NOW, UUID::randomUUID)));

        boolean second = tx(() -> progress().insertIfAbsent(PostProgress.begin(post, tree, NOW.plusSeconds(1),
                UUID::randomUUID)));

        assertThat(second).isFalse();
        assertThat(tx(() -> progress().progressOf(post, false, UUID::randomUUID)).orElseThrow().records())
                .singleElement().satisfies(s -> assertThat(s.stage().startedAt()).isEqualTo(NOW));
    }

    @Test
    void savingStoresThePositionAndEveryRecordAndMovesTheVersionOn() {
        PostId post = aPost();
        tx(() -> progress().insertIfAbsent(PostProgress.begin(post, tree, NOW, UUID::randomUUID)));

        long saved = tx(() -> {
            PostProgress changing = progress().progressOf(post, true, UUID::randomUUID).orElseThrow();
            changing.complete(firstSub, new ProgressDetails("Done", new FieldKeys(List.of("basicIdea")),
                    new FieldKeys(List.of("scope", "topicsToCover"))), tree, NOW.plusSeconds(5));
            changing.start(secondSub, ProgressDetails.NONE, tree, NOW.plusSeconds(6));
            return progress().save(changing, NOW.plusSeconds(6));
        });

        assertThat(saved).isEqualTo(1);
        PostProgress read = tx(() -> progress().progressOf(post, false, UUID::randomUUID)).orElseThrow();
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.subStageId()).isEqualTo(secondSub);
        assertThat(read.status(stage, firstSub)).isEqualTo(ProgressStatus.DONE);
        assertThat(read.status(stage, secondSub)).isEqualTo(ProgressStatus.IN_PROGRESS);
        var first = read.recordOf(stage).orElseThrow().subStages().stream()
                .filter(r -> r.itemId().equals(firstSub)).findFirst().orElseThrow();
        assertThat(first.notes()).isEqualTo("Done");
        assertThat(first.inputFields()).containsExactly("basicIdea");
        assertThat(first.outputFields()).containsExactly("scope", "topicsToCover");
        assertThat(first.completedAt()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void savingACopyReadAtAnOlderVersionIsRefused() {
        PostId post = aPost();
        tx(() -> progress().insertIfAbsent(PostProgress.begin(post, tree, NOW, UUID::randomUUID)));
        PostProgress first = tx(() -> progress().progressOf(post, false, UUID::randomUUID)).orElseThrow();
        PostProgress second = tx(() -> progress().progressOf(post, false, UUID::randomUUID)).orElseThrow();
        first.skip(firstSub, ProgressDetails.NONE, tree, NOW.plusSeconds(1));
        tx(() -> progress().save(first, NOW.plusSeconds(1)));

        second.skip(secondSub, ProgressDetails.NONE, tree, NOW.plusSeconds(2));

        assertThatThrownBy(() -> tx(() -> progress().save(second, NOW.plusSeconds(2))))
                .isInstanceOfSatisfying(StaleVersionException.class,
                        e -> assertThat(e.currentVersion()).hasValue(1));
    }

    @Test
    void historyIsAppendedAndReadNewestFirstAPageAtATime() {
        PostId post = aPost();
        UserId editor = anEditor();
        tx(() -> progress().insertIfAbsent(PostProgress.begin(post, tree, NOW, UUID::randomUUID)));
        var start = entry(post, MoveKind.START, editor, NOW);
        var complete = entry(post, MoveKind.COMPLETE, editor, NOW.plusSeconds(1));
        var skip = entry(post, MoveKind.SKIP, editor, NOW.plusSeconds(2));

        tx(() -> progress().append(List.of(start, complete)));
        tx(() -> progress().append(List.of(skip)));

        var page = tx(() -> progress().history(post, new PageRequest(1, 2)));
        assertThat(page.items()).containsExactly(skip, complete);
        assertThat(page.total()).isEqualTo(3);
        assertThat(tx(() -> progress().history(post, new PageRequest(2, 2))).items()).containsExactly(start);
    }

    private ProgressHistoryEntry entry(PostId post, MoveKind kind, UserId actor, Instant at) {
        return new ProgressHistoryEntry(UUID.randomUUID(), post,
                new ProgressMove(kind, stage, firstSub, stage, firstSub, firstSub), actor, at);
    }
}
