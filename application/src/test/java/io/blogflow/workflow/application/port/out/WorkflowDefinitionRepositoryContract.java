package io.blogflow.workflow.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.shared.application.port.out.RepositoryContract;
import io.blogflow.shared.domain.ConflictException;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.workflow.domain.StepConfig;
import io.blogflow.workflow.domain.Workflow;
import io.blogflow.workflow.domain.WorkflowItem;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.WorkflowKey;
import io.blogflow.workflow.domain.WorkflowLevel;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WorkflowDefinitionRepository} does. The default workflow may be shared with other tests, so each
 * test works below a stage of its own, added last and retired afterwards; names and keys are unique per test.
 */
public abstract class WorkflowDefinitionRepositoryContract extends RepositoryContract {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

    protected abstract WorkflowDefinitionRepository definitions();

    private Workflow workflow;
    private WorkflowItem stage;
    private String unique;

    @BeforeEach
    void aStageOfItsOwn() {
        unique = UUID.randomUUID().toString().substring(0, 8);
        stage = tx(() -> {
            workflow = definitions().lockDefaultWorkflow(true, NOW);
            int last = (int) definitions().children(WorkflowLevel.STAGE, workflow.id().value()).stream()
                    .filter(WorkflowItem::active).count();
            return definitions().add(item(WorkflowLevel.STAGE, workflow.id().value(), "stage", last + 1));
        });
    }

    @AfterEach
    void retireTheStage() {
        tx(() -> {
            definitions().lockDefaultWorkflow(true, NOW);
            WorkflowItem current = definitions().findItem(WorkflowLevel.STAGE, stage.id()).orElseThrow();
            if (current.active()) {
                definitions().retireDescendants(WorkflowLevel.STAGE, current.id(), NOW);
                definitions().update(current.retired(NOW));
            }
        });
    }

    @Test
    void theDefaultWorkflowIsFoundAndLockingItForAChangeMovesItsVersionOn() {
        long before = tx(() -> definitions().lockDefaultWorkflow(false, NOW)).version();

        tx(() -> definitions().lockDefaultWorkflow(true, NOW.plusSeconds(1)));

        Workflow after = tx(() -> definitions().lockDefaultWorkflow(false, NOW));
        assertThat(after.key()).isEqualTo(new WorkflowKey("default"));
        assertThat(after.id()).isEqualTo(workflow.id());
        assertThat(after.version()).isGreaterThan(before);
    }

    @Test
    void itemsOfEveryLevelReadBackEqual() {
        WorkflowItem sub = add(WorkflowLevel.SUB_STAGE, stage.id().value(), "sub", 1);
        WorkflowItem step = tx(() -> definitions().add(new WorkflowItem(new WorkflowItemId(UUID.randomUUID()),
                WorkflowLevel.STEP, sub.id().value(), new WorkflowKey("step-" + unique), "Step " + unique, 1, true,
                new StepConfig("{\"inputs\": [\"basicIdea\"]}"), null, 0)));

        assertThat(stage.version()).isZero();
        assertThat(tx(() -> definitions().findItem(WorkflowLevel.STAGE, stage.id()))).contains(stage);
        assertThat(tx(() -> definitions().findItem(WorkflowLevel.SUB_STAGE, sub.id()))).contains(sub);
        assertThat(tx(() -> definitions().findItem(WorkflowLevel.STEP, step.id()))).contains(step);
        assertThat(step.required()).isTrue();
        assertThat(tx(() -> definitions().children(WorkflowLevel.STEP, sub.id().value()))).containsExactly(step);
        assertThat(tx(() -> definitions().allItems(workflow))).contains(stage, sub, step);
    }

    @Test
    void anItemIsFoundAtItsOwnLevelOnly() {
        assertThat(tx(() -> definitions().findItem(WorkflowLevel.SUB_STAGE, stage.id()))).isEmpty();
        assertThat(tx(() -> definitions().findItem(WorkflowLevel.STAGE,
                new WorkflowItemId(UUID.randomUUID())))).isEmpty();
    }

    @Test
    void aNameTakenByAnActiveSiblingIsAConflictWhateverItsCase() {
        add(WorkflowLevel.SUB_STAGE, stage.id().value(), "sub", 1);

        assertThatThrownBy(() -> tx(() -> definitions().add(new WorkflowItem(new WorkflowItemId(UUID.randomUUID()),
                WorkflowLevel.SUB_STAGE, stage.id().value(), new WorkflowKey("other-" + unique),
                ("Sub " + unique).toUpperCase(), 2, false, null, null, 0))))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("sub-stage.name-taken"));
    }

    @Test
    void aRetiredSiblingsNameIsFreeButItsKeyIsNot() {
        WorkflowItem sub = add(WorkflowLevel.SUB_STAGE, stage.id().value(), "sub", 1);
        tx(() -> definitions().update(sub.retired(NOW)));

        WorkflowItem sameName = tx(() -> definitions().add(new WorkflowItem(new WorkflowItemId(UUID.randomUUID()),
                WorkflowLevel.SUB_STAGE, stage.id().value(), new WorkflowKey("renamed-" + unique), sub.name(), 1,
                false, null, null, 0)));

        assertThat(sameName.name()).isEqualTo(sub.name());
        assertThatThrownBy(() -> tx(() -> definitions().add(new WorkflowItem(new WorkflowItemId(UUID.randomUUID()),
                WorkflowLevel.SUB_STAGE, stage.id().value(), sub.key(), "Another " + unique, 2, false, null, null,
                0)))).isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("sub-stage.key-taken"));
    }

    @Test
    void anUpdateStoresNameRequiredConfigAndRetirementWithTheNextVersionAndAStaleCopyIsRefused() {
        WorkflowItem sub = add(WorkflowLevel.SUB_STAGE, stage.id().value(), "sub", 1);
        WorkflowItem step = add(WorkflowLevel.STEP, sub.id().value(), "step", 1);
        WorkflowItem changed = step.changed("Renamed " + unique, true, new StepConfig("{\"note\": \"x\"}"));

        WorkflowItem stored = tx(() -> definitions().update(changed));

        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.name()).isEqualTo("Renamed " + unique);
        assertThat(stored.required()).isTrue();
        assertThat(stored.config()).isEqualTo(new StepConfig("{\"note\": \"x\"}"));
        assertThat(tx(() -> definitions().findItem(WorkflowLevel.STEP, step.id()))).contains(stored);
        assertThatThrownBy(() -> tx(() -> definitions().update(step.changed("Lost update", false, null))))
                .isInstanceOfSatisfying(StaleVersionException.class,
                        e -> assertThat(e.currentVersion()).hasValue(1));
        WorkflowItem retired = tx(() -> definitions().update(stored.retired(NOW)));
        assertThat(retired.retiredAt()).isEqualTo(NOW);
        assertThat(retired.version()).isEqualTo(2);
    }

    @Test
    void reorderingGivesTheActiveSiblingsPositionsInTheOrderGiven() {
        WorkflowItem a = add(WorkflowLevel.SUB_STAGE, stage.id().value(), "a", 1);
        WorkflowItem b = add(WorkflowLevel.SUB_STAGE, stage.id().value(), "b", 2);
        WorkflowItem c = add(WorkflowLevel.SUB_STAGE, stage.id().value(), "c", 3);

        tx(() -> {
            definitions().lockDefaultWorkflow(true, NOW);
            definitions().reorder(WorkflowLevel.SUB_STAGE, List.of(c.id(), a.id(), b.id()));
        });

        assertThat(tx(() -> definitions().children(WorkflowLevel.SUB_STAGE, stage.id().value())).stream()
                .sorted(java.util.Comparator.comparingInt(WorkflowItem::position)).map(WorkflowItem::id))
                .containsExactly(c.id(), a.id(), b.id());
    }

    @Test
    void retiringDescendantsRetiresEveryActiveItemBelowAndCountsThem() {
        WorkflowItem first = add(WorkflowLevel.SUB_STAGE, stage.id().value(), "first", 1);
        WorkflowItem second = add(WorkflowLevel.SUB_STAGE, stage.id().value(), "second", 2);
        WorkflowItem step = add(WorkflowLevel.STEP, first.id().value(), "step", 1);
        WorkflowItem retiredStep = add(WorkflowLevel.STEP, second.id().value(), "old-step", 1);
        tx(() -> definitions().update(retiredStep.retired(NOW.minusSeconds(60))));

        int retired = tx(() -> definitions().retireDescendants(WorkflowLevel.STAGE, stage.id(), NOW));

        assertThat(retired).isEqualTo(3);
        for (WorkflowItem item : List.of(first, second)) {
            assertThat(tx(() -> definitions().findItem(WorkflowLevel.SUB_STAGE, item.id())).orElseThrow())
                    .satisfies(read -> assertThat(read.retiredAt()).isEqualTo(NOW))
                    .satisfies(read -> assertThat(read.version()).isEqualTo(1));
        }
        assertThat(tx(() -> definitions().findItem(WorkflowLevel.STEP, step.id())).orElseThrow().retiredAt())
                .isEqualTo(NOW);
        assertThat(tx(() -> definitions().findItem(WorkflowLevel.STEP, retiredStep.id())).orElseThrow().retiredAt())
                .isEqualTo(NOW.minusSeconds(60));
        assertThat(tx(() -> definitions().findItem(WorkflowLevel.STAGE, stage.id())).orElseThrow().active()).isTrue();
    }

    private WorkflowItem add(WorkflowLevel level, UUID parent, String name, int position) {
        return tx(() -> definitions().add(item(level, parent, name, position)));
    }

    private WorkflowItem item(WorkflowLevel level, UUID parent, String name, int position) {
        return new WorkflowItem(new WorkflowItemId(UUID.randomUUID()), level, parent,
                new WorkflowKey(name + "-" + unique), name.substring(0, 1).toUpperCase() + name.substring(1) + " "
                + unique, position, false, null, null, 0);
    }
}
