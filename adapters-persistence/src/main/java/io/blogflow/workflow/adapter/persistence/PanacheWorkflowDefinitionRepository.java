package io.blogflow.workflow.adapter.persistence;

import static io.blogflow.shared.adapter.persistence.ConstraintViolations.isViolationOf;

import io.blogflow.shared.domain.ConflictException;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.workflow.application.port.out.WorkflowDefinitionRepository;
import io.blogflow.workflow.domain.StepConfig;
import io.blogflow.workflow.domain.Workflow;
import io.blogflow.workflow.domain.WorkflowErrors;
import io.blogflow.workflow.domain.WorkflowId;
import io.blogflow.workflow.domain.WorkflowItem;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.WorkflowKey;
import io.blogflow.workflow.domain.WorkflowLevel;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PanacheWorkflowDefinitionRepository implements WorkflowDefinitionRepository,
        PanacheRepositoryBase<WorkflowJpaEntity, UUID> {

    static final String DEFAULT_WORKFLOW = "default";

    @Override
    public Workflow lockDefaultWorkflow(boolean forChange, Instant now) {
        WorkflowJpaEntity row = getEntityManager()
                .createQuery("from WorkflowJpaEntity w where w.key = :key", WorkflowJpaEntity.class)
                .setParameter("key", DEFAULT_WORKFLOW)
                .setLockMode(forChange ? LockModeType.PESSIMISTIC_WRITE : LockModeType.PESSIMISTIC_READ)
                .getResultStream().findFirst()
                .orElseThrow(() -> new WorkflowErrors.NotFound(DEFAULT_WORKFLOW));
        if (forChange) {
            row.updatedAt = now;
            flush();
        }
        return new Workflow(new WorkflowId(row.id), new WorkflowKey(row.key), row.name, row.version);
    }

    @Override
    public List<WorkflowItem> allItems(Workflow workflow) {
        var em = getEntityManager();
        UUID id = workflow.id().value();
        var items = new ArrayList<WorkflowItem>();
        em.createQuery("from WorkflowStageJpaEntity s where s.parentId = :w", WorkflowStageJpaEntity.class)
                .setParameter("w", id).getResultStream().map(row -> toDomain(WorkflowLevel.STAGE, row))
                .forEach(items::add);
        em.createQuery("select ss from WorkflowSubStageJpaEntity ss where ss.parentId in"
                        + " (select s.id from WorkflowStageJpaEntity s where s.parentId = :w)",
                        WorkflowSubStageJpaEntity.class)
                .setParameter("w", id).getResultStream().map(row -> toDomain(WorkflowLevel.SUB_STAGE, row))
                .forEach(items::add);
        em.createQuery("select st from WorkflowStepJpaEntity st where st.parentId in (select ss.id from"
                        + " WorkflowSubStageJpaEntity ss, WorkflowStageJpaEntity s where ss.parentId = s.id"
                        + " and s.parentId = :w)", WorkflowStepJpaEntity.class)
                .setParameter("w", id).getResultStream().map(row -> toDomain(WorkflowLevel.STEP, row))
                .forEach(items::add);
        return items;
    }

    @Override
    public Optional<WorkflowItem> findItem(WorkflowLevel level, WorkflowItemId id) {
        return Optional.ofNullable(getEntityManager().find(entity(level), id.value())).map(row -> toDomain(level, row));
    }

    @Override
    public List<WorkflowItem> children(WorkflowLevel level, UUID parentId) {
        return getEntityManager().createQuery("from " + entity(level).getSimpleName() + " i where i.parentId = :p",
                        entity(level))
                .setParameter("p", parentId).getResultStream().map(row -> toDomain(level, (WorkflowItemRow) row))
                .toList();
    }

    @Override
    public WorkflowItem add(WorkflowItem item) {
        WorkflowItemRow row = switch (item.level()) {
            case STAGE -> new WorkflowStageJpaEntity();
            case SUB_STAGE -> new WorkflowSubStageJpaEntity();
            case STEP -> new WorkflowStepJpaEntity();
        };
        row.id = item.id().value();
        row.parentId = item.parentId();
        row.key = item.key().value();
        row.position = item.position();
        copy(item, row);
        flushing(item.level(), () -> getEntityManager().persist(row));
        return toDomain(item.level(), row);
    }

    @Override
    public WorkflowItem update(WorkflowItem item) {
        WorkflowItemRow row = getEntityManager().find(entity(item.level()), item.id().value());
        if (row == null) {
            throw new StaleVersionException(resource(item.level()));
        }
        if (row.version != item.version()) {
            throw new StaleVersionException(resource(item.level()), row.version);
        }
        flushing(item.level(), () -> copy(item, row));
        return toDomain(item.level(), row);
    }

    /**
     * One statement per sibling whose position changes; the positions constraint is deferred, so the order of the
     * statements does not matter. It is then checked at once, inside the use case, rather than at commit.
     */
    @Override
    public void reorder(WorkflowLevel level, List<WorkflowItemId> order) {
        var em = getEntityManager();
        em.flush();
        for (int i = 0; i < order.size(); i++) {
            em.createQuery("update " + entity(level).getSimpleName() + " i set i.position = :position"
                            + " where i.id = :id and i.position <> :position")
                    .setParameter("position", i + 1).setParameter("id", order.get(i).value()).executeUpdate();
        }
        try {
            em.createNativeQuery("SET CONSTRAINTS uq_" + table(level) + "_active_position IMMEDIATE").executeUpdate();
        } catch (PersistenceException e) {
            throw new ConflictException("workflow.concurrent-change",
                    "The workflow was reordered by someone else at the same time; read it again.");
        }
    }

    @Override
    public int retireDescendants(WorkflowLevel level, WorkflowItemId id, Instant at) {
        var em = getEntityManager();
        em.flush();
        String retire = " i set i.retiredAt = :at, i.version = i.version + 1 where i.retiredAt is null and ";
        return switch (level) {
            case STAGE -> em.createQuery("update WorkflowSubStageJpaEntity" + retire + "i.parentId = :id")
                    .setParameter("at", at).setParameter("id", id.value()).executeUpdate()
                    + em.createQuery("update WorkflowStepJpaEntity" + retire + "i.parentId in"
                            + " (select ss.id from WorkflowSubStageJpaEntity ss where ss.parentId = :id)")
                    .setParameter("at", at).setParameter("id", id.value()).executeUpdate();
            case SUB_STAGE -> em.createQuery("update WorkflowStepJpaEntity" + retire + "i.parentId = :id")
                    .setParameter("at", at).setParameter("id", id.value()).executeUpdate();
            case STEP -> 0;
        };
    }

    private void flushing(WorkflowLevel level, Runnable write) {
        try {
            write.run();
            getEntityManager().flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException(resource(level));
        } catch (PersistenceException e) {
            if (isViolationOf(e, "uq_" + table(level) + "_active_name")) {
                throw new ConflictException(level.label() + ".name-taken",
                        "Another " + resource(level) + " here has this name.");
            }
            if (isViolationOf(e, "uq_" + table(level) + "_key")) {
                throw new ConflictException(level.label() + ".key-taken",
                        "Another " + resource(level) + " here has this key.");
            }
            throw e;
        }
    }

    private static void copy(WorkflowItem item, WorkflowItemRow row) {
        row.name = item.name();
        row.retiredAt = item.retiredAt();
        if (row instanceof WorkflowStepJpaEntity step) {
            step.required = item.required();
            step.config = item.config().json();
        }
    }

    private static WorkflowItem toDomain(WorkflowLevel level, WorkflowItemRow row) {
        boolean required = row instanceof WorkflowStepJpaEntity step && step.required;
        StepConfig config = row instanceof WorkflowStepJpaEntity step ? new StepConfig(step.config) : null;
        return new WorkflowItem(new WorkflowItemId(row.id), level, row.parentId, new WorkflowKey(row.key), row.name,
                row.position, required, config, row.retiredAt, row.version);
    }

    private static Class<? extends WorkflowItemRow> entity(WorkflowLevel level) {
        return switch (level) {
            case STAGE -> WorkflowStageJpaEntity.class;
            case SUB_STAGE -> WorkflowSubStageJpaEntity.class;
            case STEP -> WorkflowStepJpaEntity.class;
        };
    }

    private static String table(WorkflowLevel level) {
        return switch (level) {
            case STAGE -> "workflow_stages";
            case SUB_STAGE -> "workflow_sub_stages";
            case STEP -> "workflow_steps";
        };
    }

    private static String resource(WorkflowLevel level) {
        return level.label().replace('-', ' ');
    }
}
