package io.blogflow.workflow.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.DomainException;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.workflow.domain.Workflow;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.WorkflowKey;
import io.blogflow.workflow.domain.WorkflowTree;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The workflow: Planning (idea, research), Writing (content with a required step, polish, old: retired), Archive
 * (retired stage), Empty (no active sub-stage), Publishing (final check with a required step).
 */
class PostProgressTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private static final Instant T1 = Instant.parse("2026-01-01T11:00:00Z");
    private static final PostId POST = new PostId(UUID.randomUUID());

    private final WorkflowFixture workflow = new WorkflowFixture();
    private final WorkflowItemId planning = workflow.stage("planning", 1, null);
    private final WorkflowItemId idea = workflow.sub(planning, "idea", 1, false, null);
    private final WorkflowItemId research = workflow.sub(planning, "research", 2, false, null);
    private final WorkflowItemId writing = workflow.stage("writing", 2, null);
    private final WorkflowItemId content = workflow.sub(writing, "content", 1, true, null);
    private final WorkflowItemId polish = workflow.sub(writing, "polish", 2, false, null);
    private final WorkflowItemId old = workflow.sub(writing, "old", 3, true, T0);
    private final WorkflowItemId archive = workflow.stage("archive", 3, T0);
    private final WorkflowItemId archived = workflow.sub(archive, "archived", 1, false, T0);
    private final WorkflowItemId empty = workflow.stage("empty", 3, null);
    private final WorkflowItemId publishing = workflow.stage("publishing", 4, null);
    private final WorkflowItemId finalCheck = workflow.sub(publishing, "final-check", 1, true, null);
    private final WorkflowTree tree = workflow.tree();

    private PostProgress begun() {
        return PostProgress.begin(POST, tree, T0, UUID::randomUUID);
    }

    private PostProgress inWriting() {
        PostProgress progress = begun();
        progress.advance(tree, T0);
        return progress;
    }

    private static void refused(ThrowingCallable move, String code) {
        assertThatThrownBy(move).isInstanceOf(DomainException.class).extracting("code").isEqualTo(code);
    }

    private ProgressRecord sub(PostProgress progress, WorkflowItemId stage, WorkflowItemId sub) {
        return progress.recordOf(stage).orElseThrow().subStages().stream().filter(r -> r.itemId().equals(sub))
                .findFirst().orElseThrow();
    }

    @Test
    void aPostBeginsAtTheFirstStagesFirstSubStageInProgress() {
        PostProgress progress = begun();
        assertThat(progress.stageId()).isEqualTo(planning);
        assertThat(progress.subStageId()).isEqualTo(idea);
        assertThat(progress.recordOf(planning).orElseThrow().stage().status()).isEqualTo(ProgressStatus.IN_PROGRESS);
        assertThat(progress.recordOf(planning).orElseThrow().stage().startedAt()).isEqualTo(T0);
        assertThat(progress.status(planning, idea)).isEqualTo(ProgressStatus.IN_PROGRESS);
        assertThat(progress.status(planning, research)).isEqualTo(ProgressStatus.NOT_STARTED);
        assertThat(progress.moves()).isEmpty();
    }

    @Test
    void aWorkflowWithoutActiveStagesCannotBeBegun() {
        var none = WorkflowTree.of(new Workflow(workflow.id(), new WorkflowKey("default"), "D", 0), List.of(), true);
        refused(() -> PostProgress.begin(POST, none, T0, UUID::randomUUID), "workflow.empty");
    }

    @Test
    void startingMakesASubStageCurrentAndKeepsItsDetails() {
        PostProgress progress = begun();
        progress.start(research, new ProgressDetails("look around", new FieldKeys(List.of("basicIdea")),
                new FieldKeys(List.of("interestingFacts"))), tree, T1);
        assertThat(progress.subStageId()).isEqualTo(research);
        ProgressRecord record = sub(progress, planning, research);
        assertThat(record.status()).isEqualTo(ProgressStatus.IN_PROGRESS);
        assertThat(record.startedAt()).isEqualTo(T1);
        assertThat(record.notes()).isEqualTo("look around");
        assertThat(record.inputFields()).containsExactly("basicIdea");
        assertThat(record.outputFields()).containsExactly("interestingFacts");
        assertThat(progress.moves()).containsExactly(new ProgressMove(MoveKind.START, planning, idea, planning,
                research, research));
    }

    @Test
    void startingIsRefusedForInProgressAndDoneSubStagesButAllowedForSkippedOnes() {
        PostProgress progress = begun();
        refused(() -> progress.start(idea, ProgressDetails.NONE, tree, T1), "progress.cannot-start");
        progress.complete(idea, ProgressDetails.NONE, tree, T1);
        refused(() -> progress.start(idea, ProgressDetails.NONE, tree, T1), "progress.cannot-start");
        progress.skip(research, ProgressDetails.NONE, tree, T1);
        progress.start(research, ProgressDetails.NONE, tree, T1);
        assertThat(sub(progress, planning, research).status()).isEqualTo(ProgressStatus.IN_PROGRESS);
        assertThat(sub(progress, planning, research).completedAt()).isNull();
    }

    @Test
    void completingNeedsASubStageInProgress() {
        PostProgress progress = begun();
        refused(() -> progress.complete(research, ProgressDetails.NONE, tree, T1), "progress.cannot-complete");
        progress.complete(idea, new ProgressDetails("done it", null, null), tree, T1);
        ProgressRecord record = sub(progress, planning, idea);
        assertThat(record.status()).isEqualTo(ProgressStatus.DONE);
        assertThat(record.completedAt()).isEqualTo(T1);
        assertThat(record.notes()).isEqualTo("done it");
        refused(() -> progress.complete(idea, ProgressDetails.NONE, tree, T1), "progress.cannot-complete");
        progress.skip(research, ProgressDetails.NONE, tree, T1);
        refused(() -> progress.complete(research, ProgressDetails.NONE, tree, T1), "progress.cannot-complete");
    }

    @Test
    void skippingWorksFromNotStartedAndInProgressOnly() {
        PostProgress progress = begun();
        progress.skip(research, ProgressDetails.NONE, tree, T1);
        progress.skip(idea, ProgressDetails.NONE, tree, T1);
        assertThat(progress.status(planning, idea)).isEqualTo(ProgressStatus.SKIPPED);
        refused(() -> progress.skip(idea, ProgressDetails.NONE, tree, T1), "progress.cannot-skip");
        progress.start(idea, ProgressDetails.NONE, tree, T1);
        progress.complete(idea, ProgressDetails.NONE, tree, T1);
        refused(() -> progress.skip(idea, ProgressDetails.NONE, tree, T1), "progress.cannot-skip");
    }

    @Test
    void onlySubStagesOfTheCurrentStageThatAreActiveCanBeActedOn() {
        PostProgress progress = begun();
        refused(() -> progress.start(content, ProgressDetails.NONE, tree, T1), "progress.not-current-stage");
        var unknown = new WorkflowItemId(UUID.randomUUID());
        assertThatThrownBy(() -> progress.start(unknown, ProgressDetails.NONE, tree, T1))
                .isInstanceOf(ProgressErrors.UnknownItem.class);
        progress.advance(tree, T1);
        refused(() -> progress.start(old, ProgressDetails.NONE, tree, T1), "sub-stage.retired");
    }

    @Test
    void advanceIsRefusedWhileARequiredSubStageIsNotDoneAndNamesIt() {
        PostProgress progress = inWriting();
        assertThat(progress.openRequiredSubStages(tree, writing)).containsExactly("content");
        assertThatThrownBy(() -> progress.advance(tree, T1)).hasMessageContaining("content")
                .extracting("code").isEqualTo("stage.required-open");
        progress.skip(content, ProgressDetails.NONE, tree, T1);
        refused(() -> progress.advance(tree, T1), "stage.required-open");
        assertThat(progress.stageId()).isEqualTo(writing);
    }

    @Test
    void advancePassesOverRetiredAndEmptyStagesAndFinishesAtTheLast() {
        PostProgress progress = inWriting();
        assertThat(progress.status(writing, content)).isEqualTo(ProgressStatus.IN_PROGRESS);
        progress.complete(content, ProgressDetails.NONE, tree, T1);
        assertThat(progress.openRequiredSubStages(tree, writing)).isEmpty();
        progress.advance(tree, T1);
        assertThat(progress.stageId()).isEqualTo(publishing);
        assertThat(progress.subStageId()).isEqualTo(finalCheck);
        assertThat(progress.recordOf(writing).orElseThrow().stage().status()).isEqualTo(ProgressStatus.DONE);
        assertThat(progress.recordOf(archive)).isEmpty();
        assertThat(progress.recordOf(empty)).isEmpty();
        assertThat(progress.finished(tree)).isFalse();
        progress.complete(finalCheck, ProgressDetails.NONE, tree, T1);
        progress.advance(tree, T1);
        assertThat(progress.finished(tree)).isTrue();
        assertThat(progress.stageId()).isEqualTo(publishing);
        refused(() -> progress.advance(tree, T1), "progress.finished");
        assertThat(progress.moves()).extracting(ProgressMove::kind).containsExactly(MoveKind.ADVANCE,
                MoveKind.COMPLETE, MoveKind.ADVANCE, MoveKind.COMPLETE, MoveKind.ADVANCE);
    }

    @Test
    void rewindReopensTheTargetAndLeavesLaterRecordsAsTheyWere() {
        PostProgress progress = begun();
        progress.complete(idea, ProgressDetails.NONE, tree, T0);
        progress.advance(tree, T0);
        progress.start(polish, ProgressDetails.NONE, tree, T0);
        progress.rewind(planning, idea, tree, T1);
        assertThat(progress.stageId()).isEqualTo(planning);
        assertThat(progress.subStageId()).isEqualTo(idea);
        assertThat(progress.recordOf(planning).orElseThrow().stage().status()).isEqualTo(ProgressStatus.IN_PROGRESS);
        assertThat(progress.recordOf(planning).orElseThrow().stage().completedAt()).isNull();
        assertThat(sub(progress, planning, idea).status()).isEqualTo(ProgressStatus.IN_PROGRESS);
        assertThat(sub(progress, planning, idea).startedAt()).isEqualTo(T0);
        assertThat(progress.status(writing, polish)).isEqualTo(ProgressStatus.IN_PROGRESS);
        assertThat(progress.moves().get(progress.moves().size() - 1)).isEqualTo(new ProgressMove(MoveKind.REWIND,
                writing, polish, planning, idea, null));
    }

    @Test
    void rewindWithinAStageGoesToAnEarlierSubStageOnly() {
        PostProgress progress = begun();
        progress.start(research, ProgressDetails.NONE, tree, T0);
        refused(() -> progress.rewind(planning, research, tree, T1), "progress.not-earlier");
        progress.rewind(planning, idea, tree, T1);
        assertThat(progress.subStageId()).isEqualTo(idea);
        refused(() -> progress.rewind(planning, research, tree, T1), "progress.not-earlier");
        refused(() -> progress.rewind(writing, content, tree, T1), "progress.not-earlier");
    }

    @Test
    void rewindRefusesRetiredTargetsAndUnknownOnes() {
        PostProgress progress = inWriting();
        refused(() -> progress.rewind(archive, archived, tree, T1), "stage.retired");
        refused(() -> progress.rewind(writing, old, tree, T1), "sub-stage.retired");
        assertThatThrownBy(() -> progress.rewind(planning, content, tree, T1))
                .isInstanceOf(ProgressErrors.UnknownItem.class);
        assertThatThrownBy(() -> progress.rewind(new WorkflowItemId(UUID.randomUUID()), idea, tree, T1))
                .isInstanceOf(ProgressErrors.UnknownItem.class);
    }

    @Test
    void aPostOnARetiredStageAdvancesToTheFirstActiveStageItHasNotDone() {
        PostProgress progress = PostProgress.rehydrate(POST, archive, archived, 3, List.of(
                new StageProgress(new ProgressRecord(UUID.randomUUID(), planning, ProgressStatus.DONE, T0, T0, null,
                        null, null), List.of()),
                new StageProgress(new ProgressRecord(UUID.randomUUID(), archive, ProgressStatus.IN_PROGRESS, T0, null,
                        null, null, null), List.of())), UUID::randomUUID);
        progress.advance(tree, T1);
        assertThat(progress.stageId()).isEqualTo(writing);
        assertThat(progress.subStageId()).isEqualTo(content);
        assertThat(progress.version()).isEqualTo(3);
    }

    @Test
    void fieldKeysAreRegistryFieldsWithoutDuplicates() {
        assertThat(new FieldKeys(List.of("basicIdea", "seoNotes", "basicIdea")).values())
                .containsExactly("basicIdea", "seoNotes");
        assertThat(new FieldKeys(null).values()).isEmpty();
        for (String bad : List.of("BasicIdea", "basic-idea", "basic idea", "", "a".repeat(81), "1x", "notAField")) {
            assertThatThrownBy(() -> new FieldKeys(List.of(bad))).isInstanceOf(InvalidValueException.class);
        }
        assertThatThrownBy(() -> new FieldKeys(Collections.nCopies(51, "basicIdea")))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("code", "fields.too-many");
        assertThatThrownBy(() -> new ProgressDetails("n".repeat(4001), null, null))
                .isInstanceOf(InvalidValueException.class);
    }
}
