package io.blogflow.workflow.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.blog.domain.PostId;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.WorkflowTree;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The workflow: Planning (idea), Writing (content with a required step, polish), Archive (retired stage). */
class ProgressOverviewTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private static final Instant T1 = Instant.parse("2026-01-01T11:00:00Z");

    private final WorkflowFixture workflow = new WorkflowFixture();
    private final WorkflowItemId planning = workflow.stage("planning", 1, null);
    private final WorkflowItemId idea = workflow.sub(planning, "idea", 1, false, null);
    private final WorkflowItemId writing = workflow.stage("writing", 2, null);
    private final WorkflowItemId content = workflow.sub(writing, "content", 1, true, null);
    private final WorkflowItemId polish = workflow.sub(writing, "polish", 2, false, null);
    private final WorkflowItemId archive = workflow.stage("archive", 3, T0);

    @Test
    void aPostInWritingSeesWhereItStandsWhatIsDoneAndWhatKeepsTheStageOpen() {
        WorkflowTree tree = workflow.tree();
        PostProgress progress = PostProgress.begin(new PostId(UUID.randomUUID()), tree, T0, UUID::randomUUID);
        progress.advance(tree, T1);

        ProgressOverview overview = ProgressOverview.of(progress, tree);

        assertThat(overview.finished()).isFalse();
        assertThat(overview.current()).hasValueSatisfying(at -> {
            assertThat(at.stage().id()).isEqualTo(writing);
            assertThat(at.subStage().id()).isEqualTo(content);
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
        WorkflowTree tree = workflow.tree();
        PostProgress progress = PostProgress.begin(new PostId(UUID.randomUUID()), tree, T0, UUID::randomUUID);
        workflow.retire(idea, T1);

        ProgressOverview overview = ProgressOverview.of(progress, workflow.tree());

        assertThat(overview.stages().get(0).subStages()).singleElement().satisfies(sub -> {
            assertThat(sub.item().id()).isEqualTo(idea);
            assertThat(sub.retired()).isTrue();
            assertThat(sub.status()).isEqualTo(ProgressStatus.IN_PROGRESS);
        });
    }
}
