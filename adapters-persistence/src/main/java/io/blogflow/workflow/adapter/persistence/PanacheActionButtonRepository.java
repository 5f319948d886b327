package io.blogflow.workflow.adapter.persistence;

import io.blogflow.workflow.application.port.out.ActionButtonRepository;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.action.ActionButton;
import io.blogflow.workflow.domain.action.ActionId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class PanacheActionButtonRepository implements ActionButtonRepository,
        PanacheRepositoryBase<ActionButtonJpaEntity, UUID> {

    @Override
    public void lockStep(WorkflowItemId step) {
        getEntityManager().createNativeQuery("SELECT id FROM workflow_steps WHERE id = :s FOR UPDATE")
                .setParameter("s", step.value()).getResultList();
    }

    @Override
    public List<ActionButton> buttonsOf(WorkflowItemId step) {
        return buttonsOf(List.of(step)).getOrDefault(step, List.of());
    }

    @Override
    public Map<WorkflowItemId, List<ActionButton>> buttonsOf(List<WorkflowItemId> steps) {
        if (steps.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("from ActionButtonJpaEntity b where b.stepId in :s"
                        + " order by b.stepId, b.position", ActionButtonJpaEntity.class)
                .setParameter("s", steps.stream().map(WorkflowItemId::value).toList()).getResultStream()
                .map(PanacheActionButtonRepository::toDomain)
                .collect(Collectors.groupingBy(ActionButton::step, LinkedHashMap::new, Collectors.toList()));
    }

    @Override
    public ActionButton insert(ActionButton button) {
        var em = getEntityManager();
        em.createQuery("update ActionButtonJpaEntity b set b.position = b.position + 1"
                        + " where b.stepId = :s and b.position >= :at")
                .setParameter("s", button.step().value()).setParameter("at", button.position()).executeUpdate();
        var row = new ActionButtonJpaEntity();
        row.id = button.id();
        row.stepId = button.step().value();
        row.actionId = button.action().value();
        row.label = button.label();
        row.position = button.position();
        em.persist(row);
        flushAndForget();
        return button;
    }

    @Override
    public void delete(ActionButton button) {
        var em = getEntityManager();
        em.createQuery("delete from ActionButtonJpaEntity b where b.id = :id").setParameter("id", button.id())
                .executeUpdate();
        em.createQuery("update ActionButtonJpaEntity b set b.position = b.position - 1"
                        + " where b.stepId = :s and b.position > :at")
                .setParameter("s", button.step().value()).setParameter("at", button.position()).executeUpdate();
        flushAndForget();
    }

    @Override
    public void reorder(WorkflowItemId step, List<UUID> order) {
        var em = getEntityManager();
        for (int i = 0; i < order.size(); i++) {
            em.createQuery("update ActionButtonJpaEntity b set b.position = :at where b.id = :id and b.stepId = :s")
                    .setParameter("at", i + 1).setParameter("id", order.get(i)).setParameter("s", step.value())
                    .executeUpdate();
        }
        flushAndForget();
    }

    @Override
    public Optional<ActionId> defaultActionOf(WorkflowItemId subStage) {
        return getEntityManager().createNativeQuery("SELECT action_id FROM workflow_sub_stage_default_actions"
                        + " WHERE sub_stage_id = :s", UUID.class)
                .setParameter("s", subStage.value()).getResultStream().findFirst().map(id -> new ActionId((UUID) id));
    }

    @Override
    public void setDefaultAction(WorkflowItemId subStage, ActionId action) {
        getEntityManager().createNativeQuery("INSERT INTO workflow_sub_stage_default_actions (sub_stage_id, action_id)"
                        + " VALUES (:s, :a) ON CONFLICT (sub_stage_id) DO UPDATE SET action_id = EXCLUDED.action_id")
                .setParameter("s", subStage.value()).setParameter("a", action.value()).executeUpdate();
    }

    @Override
    public boolean clearDefaultAction(WorkflowItemId subStage) {
        return getEntityManager().createNativeQuery("DELETE FROM workflow_sub_stage_default_actions"
                + " WHERE sub_stage_id = :s").setParameter("s", subStage.value()).executeUpdate() > 0;
    }

    /** Bulk statements bypass the persistence context: drop what it holds so later reads see the database. */
    private void flushAndForget() {
        getEntityManager().flush();
        getEntityManager().clear();
    }

    private static ActionButton toDomain(ActionButtonJpaEntity row) {
        return new ActionButton(row.id, new WorkflowItemId(row.stepId), new ActionId(row.actionId), row.label,
                row.position);
    }
}
