package io.blogflow.workflow.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.shared.application.AuditTrails;
import io.blogflow.shared.application.MutableClock;
import io.blogflow.shared.application.port.out.InMemoryAuditLog;
import io.blogflow.shared.application.port.out.InMemoryTransactions;
import io.blogflow.shared.domain.AuditEntry;
import io.blogflow.shared.domain.ConflictException;
import io.blogflow.shared.domain.DomainException;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.ValidationException;
import io.blogflow.workflow.application.port.in.WorkflowDefinitionUseCase.ItemChanges;
import io.blogflow.workflow.application.port.in.WorkflowDefinitionUseCase.NewItem;
import io.blogflow.workflow.application.port.out.InMemoryWorkflowDefinitionRepository;
import io.blogflow.workflow.domain.StepConfig;
import io.blogflow.workflow.domain.WorkflowErrors;
import io.blogflow.workflow.domain.WorkflowItem;
import io.blogflow.workflow.domain.WorkflowLevel;
import io.blogflow.workflow.domain.WorkflowTree;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WorkflowDefinitionServiceTest {

    private static final UserId ADMIN = new UserId(UUID.randomUUID());

    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00Z");
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final WorkflowDefinitionService service = new WorkflowDefinitionService(
            new InMemoryWorkflowDefinitionRepository(), new InMemoryTransactions(), UUID::randomUUID, clock,
            AuditTrails.inMemory(audit, clock));

    @Test
    void stagesAreAppendedOrInsertedAndLaterSiblingsShiftDown() {
        WorkflowItem plan = stage("Plan", null);
        WorkflowItem publish = stage("Publish", null);
        WorkflowItem write = stage("Write", 2);

        assertThat(stageNames()).containsExactly("Plan", "Write", "Publish");
        assertThat(positions()).containsExactly(1, 2, 3);
        assertThat(write.position()).isEqualTo(2);
        assertThat(service.get(WorkflowLevel.STAGE, publish.id()).position()).isEqualTo(3);
        assertThat(plan.key().value()).isEqualTo("plan");
        assertThat(audit.actions()).containsOnly("workflow.stage.added").hasSize(3);
        assertThat(audit.entries().get(2).after()).containsEntry("name", "Write").containsEntry("position", 2);
    }

    @Test
    void aPositionPastTheEndIsAFieldErrorAndNothingIsAdded() {
        stage("Plan", null);

        assertThatThrownBy(() -> stage("Write", 3)).isInstanceOfSatisfying(ValidationException.class,
                refused -> assertThat(refused.errors()).singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo("position");
                    assertThat(error.code()).isEqualTo("position.out-of-range");
                    assertThat(error.message()).contains("between 1 and 2");
                }));
        assertThat(stageNames()).containsExactly("Plan");
    }

    @Test
    void namesAreUniqueAmongActiveSiblingsIgnoringCaseButMayRepeatUnderAnotherParent() {
        WorkflowItem plan = stage("Plan", null);
        WorkflowItem write = stage("Write", null);
        add(WorkflowLevel.SUB_STAGE, plan, "Research");

        assertThatThrownBy(() -> stage("  PLAN ", null)).isInstanceOfSatisfying(ConflictException.class,
                conflict -> assertThat(conflict.code()).isEqualTo("stage.name-taken"));
        assertThat(add(WorkflowLevel.SUB_STAGE, write, "Research").parentId()).isEqualTo(write.id().value());
    }

    @Test
    void aRetiredItemFreesItsNameButKeepsItsKeySoTheNewOneGetsTheNextFreeKey() {
        WorkflowItem first = stage("Final check", null);
        service.retire(ADMIN, WorkflowLevel.STAGE, first.id(), 0);

        WorkflowItem again = stage("Final check", null);

        assertThat(again.key().value()).isEqualTo("final-check-2");
        assertThatThrownBy(() -> service.add(ADMIN, WorkflowLevel.STAGE, null,
                new NewItem("Last look", "final-check", null, null, null)))
                .isInstanceOfSatisfying(ConflictException.class,
                        conflict -> assertThat(conflict.code()).isEqualTo("stage.key-taken"));
    }

    @Test
    void onlyStepsTakeARequiredFlagAndAConfigAndAStepWithoutConfigGetsTheEmptyObject() {
        assertThatThrownBy(() -> service.add(ADMIN, WorkflowLevel.STAGE, null,
                new NewItem("", "Bad Key", null, true, "{}")))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("name", "key", "required", "config"));
        WorkflowItem subStage = add(WorkflowLevel.SUB_STAGE, stage("Write", null), "Draft");

        WorkflowItem step = service.add(ADMIN, WorkflowLevel.STEP, subStage.id().value(),
                new NewItem("Outline", null, null, true, null));

        assertThat(step.required()).isTrue();
        assertThat(step.config()).isEqualTo(StepConfig.EMPTY);
        assertThatThrownBy(() -> service.add(ADMIN, WorkflowLevel.STEP, subStage.id().value(),
                new NewItem("Body", null, null, null, "[1]")))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                        .extracting(FieldError::code).containsExactly("config.not-an-object"));
    }

    @Test
    void aChildNeedsAnExistingActiveParent() {
        WorkflowItem plan = stage("Plan", null);
        service.retire(ADMIN, WorkflowLevel.STAGE, plan.id(), 0);

        assertThatThrownBy(() -> service.add(ADMIN, WorkflowLevel.SUB_STAGE, UUID.randomUUID(),
                new NewItem("Research", null, null, null, null)))
                .isInstanceOfSatisfying(WorkflowErrors.NotFound.class,
                        missing -> assertThat(missing.code()).isEqualTo("stage-not-found"));
        assertThatThrownBy(() -> add(WorkflowLevel.SUB_STAGE, plan, "Research"))
                .isInstanceOfSatisfying(ConflictException.class,
                        conflict -> assertThat(conflict.code()).isEqualTo("stage.retired"));
    }

    @Test
    void anUpdateChecksTheVersionAndTheNameAndIsAuditedWithBeforeAndAfter() {
        WorkflowItem plan = stage("Plan", null);
        stage("Write", null);

        WorkflowItem renamed = service.update(ADMIN, WorkflowLevel.STAGE, plan.id(), 0,
                new ItemChanges("Planning", null, null));

        assertThat(renamed.name()).isEqualTo("Planning");
        assertThat(renamed.key()).as("a key never changes").isEqualTo(plan.key());
        assertThat(renamed.version()).isEqualTo(1);
        AuditEntry updated = audit.entries().get(2);
        assertThat(updated.action()).isEqualTo("workflow.stage.updated");
        assertThat(updated.before()).containsEntry("name", "Plan");
        assertThat(updated.after()).containsEntry("name", "Planning");
        assertThatThrownBy(() -> service.update(ADMIN, WorkflowLevel.STAGE, plan.id(), 0,
                new ItemChanges("Plans", null, null))).isInstanceOfSatisfying(StaleVersionException.class,
                stale -> assertThat(stale.currentVersion()).hasValue(1));
        assertThatThrownBy(() -> service.update(ADMIN, WorkflowLevel.STAGE, plan.id(), 1,
                new ItemChanges("write", null, null))).isInstanceOf(ConflictException.class);
    }

    @Test
    void anItemAskedForAtTheWrongLevelIsNotFound() {
        WorkflowItem plan = stage("Plan", null);

        assertThatThrownBy(() -> service.get(WorkflowLevel.SUB_STAGE, plan.id()))
                .isInstanceOfSatisfying(WorkflowErrors.NotFound.class,
                        missing -> assertThat(missing.code()).isEqualTo("sub-stage-not-found"));
    }

    @Test
    void aMoveReordersTheActiveSiblingsAndNeedsAPositionInRange() {
        WorkflowItem plan = stage("Plan", null);
        stage("Write", null);
        stage("Publish", null);

        WorkflowItem moved = service.move(ADMIN, WorkflowLevel.STAGE, plan.id(), 3);

        assertThat(moved.position()).isEqualTo(3);
        assertThat(stageNames()).containsExactly("Write", "Publish", "Plan");
        assertThat(positions()).containsExactly(1, 2, 3);
        AuditEntry entry = audit.entries().get(3);
        assertThat(entry.action()).isEqualTo("workflow.stage.moved");
        assertThat(entry.before()).containsEntry("position", 1);
        assertThat(entry.after()).containsEntry("position", 3);
        assertThatThrownBy(() -> service.move(ADMIN, WorkflowLevel.STAGE, plan.id(), null))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                        .extracting(FieldError::code).containsExactly("position.required"));
        assertThatThrownBy(() -> service.move(ADMIN, WorkflowLevel.STAGE, plan.id(), 4))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                        .extracting(FieldError::code).containsExactly("position.out-of-range"));
    }

    @Test
    void retiringClosesTheGapRetiresEverythingBelowAndFreezesTheItem() {
        WorkflowItem plan = stage("Plan", null);
        WorkflowItem write = stage("Write", null);
        stage("Publish", null);
        WorkflowItem draft = add(WorkflowLevel.SUB_STAGE, write, "Draft");
        add(WorkflowLevel.STEP, draft, "Outline");
        add(WorkflowLevel.STEP, draft, "Body");
        clock.advance(Duration.ofHours(1));

        WorkflowItem retired = service.retire(ADMIN, WorkflowLevel.STAGE, write.id(), 0);

        assertThat(retired.retiredAt()).isEqualTo(Instant.parse("2026-11-23T11:00:00Z"));
        assertThat(stageNames()).containsExactly("Plan", "Publish");
        assertThat(positions()).containsExactly(1, 2);
        assertThat(service.definition(true).stages()).extracting(node -> node.item().name())
                .containsExactly("Plan", "Publish", "Write");
        assertThat(service.get(WorkflowLevel.STEP, service.definition(true).stages().get(2).children().get(0)
                .children().get(0).item().id()).active()).isFalse();
        AuditEntry entry = audit.entries().get(audit.entries().size() - 1);
        assertThat(entry.action()).isEqualTo("workflow.stage.retired");
        assertThat(entry.after()).containsEntry("descendantsRetired", 3)
                .containsEntry("retiredAt", "2026-11-23T11:00:00Z");
        assertThatThrownBy(() -> service.update(ADMIN, WorkflowLevel.STAGE, write.id(), 1,
                new ItemChanges("Writing", null, null))).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.code()).isEqualTo("stage.retired"));
        assertThatThrownBy(() -> service.move(ADMIN, WorkflowLevel.STAGE, write.id(), 1))
                .isInstanceOf(ConflictException.class);
        assertThat(plan.position()).isEqualTo(1);
    }

    private WorkflowItem stage(String name, Integer position) {
        return service.add(ADMIN, WorkflowLevel.STAGE, null, new NewItem(name, null, position, null, null));
    }

    private WorkflowItem add(WorkflowLevel level, WorkflowItem parent, String name) {
        return service.add(ADMIN, level, parent.id().value(), new NewItem(name, null, null, null, null));
    }

    private List<String> stageNames() {
        return service.definition(false).stages().stream().map(node -> node.item().name()).toList();
    }

    private List<Integer> positions() {
        return service.definition(false).stages().stream().map(WorkflowTree.Node::item).map(WorkflowItem::position)
                .toList();
    }
}
