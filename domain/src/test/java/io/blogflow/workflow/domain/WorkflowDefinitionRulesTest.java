package io.blogflow.workflow.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.shared.domain.ConflictException;
import io.blogflow.shared.domain.InvalidValueException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WorkflowDefinitionRulesTest {

    private static final UUID WORKFLOW = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final WorkflowItem idea = stage("Idea", 1);
    private final WorkflowItem research = stage("Research", 2);
    private final WorkflowItem structure = stage("Structure", 3);
    private final WorkflowItem retiredOutline = stage("Outline", 2).retired(NOW);
    private final Siblings siblings = new Siblings(WorkflowLevel.STAGE, List.of(structure, retiredOutline, idea, research));

    @Test
    void activeSiblingsAreOrderedByPositionAndRetiredOnesStayOutOfTheOrdering() {
        assertThat(siblings.active()).containsExactly(idea, research, structure);
    }

    @Test
    void aNewItemGoesLastByDefaultAndLaterSiblingsShiftWhenItIsInserted() {
        var added = new WorkflowItemId(UUID.randomUUID());
        assertThat(siblings.positionForNew(null)).isEqualTo(4);
        assertThat(siblings.orderWithNew(added, 2)).containsExactly(idea.id(), added, research.id(), structure.id());
        assertThat(siblings.orderWithNew(added, 4)).containsExactly(idea.id(), research.id(), structure.id(), added);
        assertThatThrownBy(() -> siblings.positionForNew(5)).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "position.out-of-range");
        assertThatThrownBy(() -> siblings.positionForNew(0)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void movingAnItemReordersTheOthersWithoutGaps() {
        assertThat(siblings.orderWithMove(structure.id(), 1)).containsExactly(structure.id(), idea.id(), research.id());
        assertThat(siblings.orderWithMove(idea.id(), 3)).containsExactly(research.id(), structure.id(), idea.id());
        assertThat(siblings.orderWithMove(research.id(), 2)).containsExactly(idea.id(), research.id(), structure.id());
        assertThatThrownBy(() -> siblings.orderWithMove(idea.id(), 4)).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "position.out-of-range");
    }

    @Test
    void retiringAnItemClosesTheGapAndForbidsFurtherChanges() {
        assertThat(siblings.orderWithout(research.id())).containsExactly(idea.id(), structure.id());
        WorkflowItem retired = research.retired(NOW);
        assertThat(retired.active()).isFalse();
        assertThat(retired.position()).isEqualTo(2);
        assertThatThrownBy(() -> retired.retired(NOW)).isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "stage.retired");
    }

    @Test
    void namesAreUniqueAmongActiveSiblingsIgnoringCase() {
        assertThatThrownBy(() -> siblings.requireNameFree("RESEARCH", null)).isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "stage.name-taken");
        siblings.requireNameFree("Research", research.id());
        siblings.requireNameFree("outline", null);
    }

    @Test
    void keysAreDerivedFromNamesAndNeverReusedEvenFromRetiredSiblings() {
        assertThat(siblings.keyFor(null, "Outline")).isEqualTo(new WorkflowKey("outline-2"));
        assertThat(siblings.keyFor(null, "UK English & style")).isEqualTo(new WorkflowKey("uk-english-and-style"));
        assertThat(siblings.keyFor(new WorkflowKey("draft"), "Whatever")).isEqualTo(new WorkflowKey("draft"));
        assertThatThrownBy(() -> siblings.keyFor(new WorkflowKey("outline"), "Other"))
                .isInstanceOf(ConflictException.class).hasFieldOrPropertyWithValue("code", "stage.key-taken");
        assertThat(WorkflowKey.fromName("Crème brûlée!")).isEqualTo(new WorkflowKey("creme-brulee"));
        assertThat(WorkflowKey.fromName("日本語")).isEqualTo(new WorkflowKey("item"));
        assertThat(new WorkflowKey("a".repeat(80)).firstFree(Set.of("a".repeat(80))).value()).hasSize(80).endsWith("-2");
        assertThatThrownBy(() -> new WorkflowKey("Bad Key")).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "key.pattern");
    }

    @Test
    void renamingValidatesTheNameAndKeepsKeyPositionAndVersion() {
        WorkflowItem renamed = idea.changed("  Big   idea ", false, null);
        assertThat(renamed.name()).isEqualTo("Big idea");
        assertThat(renamed.key()).isEqualTo(idea.key());
        assertThat(renamed.position()).isEqualTo(1);
        assertThatThrownBy(() -> idea.changed(" ", false, null)).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "name.invalid");
        assertThatThrownBy(() -> idea.changed("x".repeat(81), false, null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void onlyStepsHaveAConfigAndARequiredFlagAndTheConfigIsABoundedObject() {
        assertThatThrownBy(() -> idea.changed("Idea", true, null)).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "config.not-allowed");
        WorkflowItem step = new WorkflowItem(new WorkflowItemId(UUID.randomUUID()), WorkflowLevel.STEP,
                UUID.randomUUID(), new WorkflowKey("run"), "Run", 1, true, null, null, 0);
        assertThat(step.config()).isEqualTo(StepConfig.EMPTY);
        assertThatThrownBy(() -> StepConfig.of("[1, 2]")).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "config.not-an-object");
        assertThatThrownBy(() -> StepConfig.of("{\"a\":\"" + "x".repeat(StepConfig.MAX_BYTES) + "\"}"))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("code", "config.too-large");
    }

    @Test
    void theTreeOrdersEveryLevelAndHidesRetiredItemsUnlessAsked() {
        var workflow = new Workflow(new WorkflowId(WORKFLOW), new WorkflowKey("default"), "Default", 3);
        WorkflowItem sub = new WorkflowItem(new WorkflowItemId(UUID.randomUUID()), WorkflowLevel.SUB_STAGE,
                retiredOutline.id().value(), new WorkflowKey("points"), "Points", 1, false, null, NOW, 1);
        WorkflowItem ideaSub = new WorkflowItem(new WorkflowItemId(UUID.randomUUID()), WorkflowLevel.SUB_STAGE,
                idea.id().value(), new WorkflowKey("seed"), "Seed", 1, false, null, null, 0);
        var items = List.of(structure, retiredOutline, sub, idea, research, ideaSub);

        WorkflowTree active = WorkflowTree.of(workflow, items, false);
        assertThat(active.stages()).extracting(node -> node.item().name()).containsExactly("Idea", "Research", "Structure");
        assertThat(active.stages().get(0).children()).extracting(node -> node.item().name()).containsExactly("Seed");

        WorkflowTree all = WorkflowTree.of(workflow, items, true);
        assertThat(all.stages()).extracting(node -> node.item().name())
                .containsExactly("Idea", "Research", "Structure", "Outline");
        assertThat(all.stages().get(3).children()).extracting(node -> node.item().name()).containsExactly("Points");
    }

    private static WorkflowItem stage(String name, int position) {
        return new WorkflowItem(new WorkflowItemId(UUID.randomUUID()), WorkflowLevel.STAGE, WORKFLOW,
                WorkflowKey.fromName(name), name, position, false, null, null, 0);
    }
}
