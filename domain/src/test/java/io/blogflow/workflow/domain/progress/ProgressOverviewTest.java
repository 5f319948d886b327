package io.blogflow.workflow.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.workflow.domain.StepConfig;
import io.blogflow.workflow.domain.Workflow;
import io.blogflow.workflow.domain.WorkflowId;
import io.blogflow.workflow.domain.WorkflowItem;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.WorkflowKey;
import io.blogflow.workflow.domain.WorkflowLevel;
import io.blogflow.workflow.domain.WorkflowTree;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The workflow: Planning (idea), Writing (content with a required step, polish), Archive (retired stage). */
class ProgressOverviewTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private static final Instant T1 = Instant.parse("2026-01-01T11:00:00Z");

    private final List<WorkflowItem> items = new ArrayList<>();
    private final WorkflowId workflowId = new WorkflowId(UUID.randomUUID());
    private final UUID planning = stage("planning", 1, null);
    private final UUID idea = sub(planning, "idea", 1, false, null);
    private final UUID writing = stage("writing", 2, null);
    private final UUID content = sub(writing, "content", 1, true, null);
    private final UUID polish = sub(writing, "polish", 2, false, null);
    private final UUID archive = stage("archive", 3, T0);

    private WorkflowTree tree() {
        return WorkflowTree.of(new Workflow(workflowId, new WorkflowKey("default"), "Default", 0), items, true);
    }

    private UUID stage(String key, int position, Instant retired) {
        UUID id = UUID.randomUUID();
        items.add(new WorkflowItem(new WorkflowItemId(id), WorkflowLevel.STAGE, workflowId.value(),
                new WorkflowKey(key), key, position, false, null, retired, 0));
        return id;
    }

    private UUID sub(UUID stage, String key, int position, boolean required, Instant retired) {
        UUID id = UUID.randomUUID();
        items.add(new WorkflowItem(new WorkflowItemId(id), WorkflowLevel.SUB_STAGE, stage, new WorkflowKey(key), key,
                position, false, null, retired, 0));
        items.add(new WorkflowItem(new WorkflowItemId(UUID.randomUUID()), WorkflowLevel.STEP, id,
                new WorkflowKey("step"), "Step", 1, required, StepConfig.EMPTY, retired, 0));
        return id;
    }

    @Test
    void aPostInWritingSeesWhereItStandsWhatIsDoneAndWhatKeepsTheStageOpen() {
        WorkflowTree tree = tree();
        PostProgress progress = PostProgress.begin(UUID.randomUUID(), tree, T0, UUID::randomUUID);
        progress.advance(tree, T1);

        ProgressOverview overview = ProgressOverview.of(progress, tree);

        assertThat(overview.finished()).isFalse();
        assertThat(overview.current()).hasValueSatisfying(at -> {
            assertThat(at.stage().id().value()).isEqualTo(writing);
            assertThat(at.subStage().id().value()).isEqualTo(content);
        });
        assertThat(overview.stages()).extracting(stage -> stage.item().key().value())
                .as("a retired stage the post never reached is not shown").containsExactly("planning", "writing");
        ProgressOverview.Stage planned = overview.stages().get(0);
        assertThat(planned.status()).isEqualTo(ProgressStatus.DONE);
        assertThat(planned.canComplete()).isTrue();
        ProgressOverview.Stage written = overview.stages().get(1);
        assertThat(written.status()).isEqualTo(ProgressStatus.IN_PROGRESS);
        assertThat(written.record()).hasValueSatisfying(record -> assertThat(record.startedAt()).isEqualTo(T1));
        assertThat(written.canComplete()).isFalse();
        assertThat(written.openRequired()).containsExactly("content");
        assertThat(written.subStages()).extracting(sub -> sub.item().key().value(), ProgressOverview.SubStage::required,
                ProgressOverview.SubStage::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("content", true, ProgressStatus.IN_PROGRESS),
                org.assertj.core.groups.Tuple.tuple("polish", false, ProgressStatus.NOT_STARTED));
    }

    @Test
    void aSubStageRetiredAfterThePostWorkedOnItStaysInItsOverview() {
        WorkflowTree tree = tree();
        PostProgress progress = PostProgress.begin(UUID.randomUUID(), tree, T0, UUID::randomUUID);
        items.replaceAll(item -> item.id().value().equals(idea) ? new WorkflowItem(item.id(), item.level(),
                item.parentId(), item.key(), item.name(), item.position(), item.required(), item.config(), T1,
                item.version()) : item);

        ProgressOverview overview = ProgressOverview.of(progress, tree());

        assertThat(overview.stages().get(0).subStages()).singleElement().satisfies(sub -> {
            assertThat(sub.item().id().value()).isEqualTo(idea);
            assertThat(sub.retired()).isTrue();
            assertThat(sub.status()).isEqualTo(ProgressStatus.IN_PROGRESS);
        });
    }
}
