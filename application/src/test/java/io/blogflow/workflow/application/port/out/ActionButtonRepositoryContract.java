package io.blogflow.workflow.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.shared.application.port.out.RepositoryContract;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.action.ActionButton;
import io.blogflow.workflow.domain.action.ActionId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link ActionButtonRepository} does; an implementation's test gives it and the steps and actions. */
public abstract class ActionButtonRepositoryContract extends RepositoryContract {

    protected abstract ActionButtonRepository buttons();

    protected abstract WorkflowItemId aStep();

    protected abstract WorkflowItemId aSubStage();

    protected abstract ActionId anAction();

    @Test
    void insertingAButtonMovesTheButtonsFromItsPositionDown() {
        WorkflowItemId step = aStep();
        ActionId action = anAction();
        ActionButton first = insert(new ActionButton(UUID.randomUUID(), step, action, "First", 1));
        ActionButton second = insert(new ActionButton(UUID.randomUUID(), step, action, "Second", 2));

        ActionButton inserted = insert(new ActionButton(UUID.randomUUID(), step, action, "New first", 1));

        assertThat(tx(() -> buttons().buttonsOf(step))).containsExactly(inserted, at(first, 2), at(second, 3));
    }

    @Test
    void buttonsOfSeveralStepsComeByStepEachByPosition() {
        WorkflowItemId one = aStep();
        WorkflowItemId other = aStep();
        ActionId action = anAction();
        ActionButton a = insert(new ActionButton(UUID.randomUUID(), one, action, "A", 1));
        ActionButton b = insert(new ActionButton(UUID.randomUUID(), one, action, "B", 2));
        ActionButton c = insert(new ActionButton(UUID.randomUUID(), other, action, "C", 1));

        Map<WorkflowItemId, List<ActionButton>> byStep = tx(() -> buttons().buttonsOf(List.of(one, other, aStep())));

        assertThat(byStep).containsOnlyKeys(one, other);
        assertThat(byStep.get(one)).containsExactly(a, b);
        assertThat(byStep.get(other)).containsExactly(c);
        assertThat(tx(() -> buttons().buttonsOf(List.<WorkflowItemId>of()))).isEmpty();
        assertThat(tx(() -> buttons().buttonsOf(aStep()))).isEmpty();
    }

    @Test
    void deletingAButtonMovesTheLaterOnesUp() {
        WorkflowItemId step = aStep();
        ActionId action = anAction();
        ActionButton one = insert(new ActionButton(UUID.randomUUID(), step, action, "One", 1));
        ActionButton two = insert(new ActionButton(UUID.randomUUID(), step, action, "Two", 2));
        ActionButton three = insert(new ActionButton(UUID.randomUUID(), step, action, "Three", 3));

        tx(() -> {
            buttons().lockStep(step);
            buttons().delete(two);
        });

        assertThat(tx(() -> buttons().buttonsOf(step))).containsExactly(one, at(three, 2));
    }

    @Test
    void reorderingGivesTheButtonsPositionsInTheOrderGiven() {
        WorkflowItemId step = aStep();
        ActionId action = anAction();
        ActionButton a = insert(new ActionButton(UUID.randomUUID(), step, action, "A", 1));
        ActionButton b = insert(new ActionButton(UUID.randomUUID(), step, action, "B", 2));

        tx(() -> {
            buttons().lockStep(step);
            buttons().reorder(step, List.of(b.id(), a.id()));
        });

        assertThat(tx(() -> buttons().buttonsOf(step))).containsExactly(at(b, 1), at(a, 2));
    }

    @Test
    void aSubStageHasAtMostOneDefaultActionWhichASecondOneReplaces() {
        WorkflowItemId subStage = aSubStage();
        ActionId first = anAction();
        ActionId second = anAction();
        assertThat(tx(() -> buttons().defaultActionOf(subStage))).isEmpty();

        tx(() -> buttons().setDefaultAction(subStage, first));
        tx(() -> buttons().setDefaultAction(subStage, second));

        assertThat(tx(() -> buttons().defaultActionOf(subStage))).contains(second);
        assertThat(tx(() -> buttons().clearDefaultAction(subStage))).isTrue();
        assertThat(tx(() -> buttons().defaultActionOf(subStage))).isEmpty();
        assertThat(tx(() -> buttons().clearDefaultAction(subStage))).isFalse();
    }

    private ActionButton insert(ActionButton button) {
        return tx(() -> {
            buttons().lockStep(button.step());
            return buttons().insert(button);
        });
    }

    private static ActionButton at(ActionButton button, int position) {
        return new ActionButton(button.id(), button.step(), button.action(), button.label(), position);
    }
}
