package io.blogflow.workflow.adapter.persistence;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.UserId;
import io.blogflow.workflow.application.port.out.ActionRunRepository;
import io.blogflow.workflow.domain.action.ActionId;
import io.blogflow.workflow.domain.run.ActionRun;
import io.blogflow.workflow.domain.run.RunError;
import io.blogflow.workflow.domain.run.RunStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PanacheActionRunRepository implements ActionRunRepository,
        PanacheRepositoryBase<ActionRunJpaEntity, UUID> {

    /** ON CONFLICT: of two requests with one key, exactly one inserts, without an exception spoiling the session. */
    private static final String START = """
            INSERT INTO workflow_action_runs (id, post_id, section_id, action_id, action_name, output_field,
                idempotency_key, actor_id, streamed, status, prompt_name, prompt_version, started_at)
            VALUES (:id, :post, :section, :action, :actionName, :field, :key, :actor, :streamed, 'running',
                :prompt, :promptVersion, :startedAt)
            ON CONFLICT (post_id, idempotency_key) DO NOTHING""";

    @Override
    public ActionRun start(ActionRun run) {
        int inserted = getEntityManager().createNativeQuery(START)
                .setParameter("id", run.id()).setParameter("post", run.postId().value())
                .setParameter("section", run.sectionId()).setParameter("action", run.actionId().value())
                .setParameter("actionName", run.actionName()).setParameter("field", run.outputField())
                .setParameter("key", run.idempotencyKey()).setParameter("actor", run.actor().value())
                .setParameter("streamed", run.streamed()).setParameter("prompt", run.promptName())
                .setParameter("promptVersion", run.promptVersion()).setParameter("startedAt", run.startedAt())
                .executeUpdate();
        if (inserted == 1) {
            return run;
        }
        return find("postId = ?1 and idempotencyKey = ?2", run.postId().value(), run.idempotencyKey()).firstResultOptional()
                .map(PanacheActionRunRepository::toDomain)
                .orElseThrow(() -> new IllegalStateException("idempotency conflict without a run"));
    }

    @Override
    public ActionRun finish(ActionRun run) {
        ActionRunJpaEntity row = findById(run.id());
        row.status = run.status().code();
        row.modelName = run.modelName();
        row.attempts = run.attempts();
        row.inputTokens = run.inputTokens();
        row.outputTokens = run.outputTokens();
        row.cost = run.cost();
        row.output = run.output();
        row.previousValue = run.previousValue();
        RunError error = run.error();
        row.errorType = error == null ? null : error.type();
        row.errorCode = error == null ? null : error.code();
        row.errorHttpStatus = error == null ? null : error.httpStatus();
        row.errorMessage = error == null ? null : error.message();
        row.finishedAt = run.finishedAt();
        flush();
        return toDomain(row);
    }

    @Override
    public Optional<ActionRun> find(PostId postId, UUID runId) {
        return findByIdOptional(runId).filter(row -> row.postId.equals(postId.value()))
                .map(PanacheActionRunRepository::toDomain);
    }

    @Override
    public Page<ActionRun> ofPost(PostId postId, PageRequest request) {
        var query = find("postId", Sort.descending("startedAt", "id"), postId.value());
        var items = query.range((int) request.offset(), (int) request.offset() + request.size() - 1).list().stream()
                .map(PanacheActionRunRepository::toDomain).toList();
        return new Page<>(items, request.page(), request.size(), query.count());
    }

    private static ActionRun toDomain(ActionRunJpaEntity row) {
        RunError error = row.errorType == null ? null
                : new RunError(row.errorType, row.errorCode, row.errorHttpStatus, row.errorMessage);
        return new ActionRun(row.id, new PostId(row.postId), row.sectionId, new ActionId(row.actionId), row.actionName,
                row.outputField, row.idempotencyKey, new UserId(row.actorId), row.streamed, RunStatus.of(row.status),
                row.promptName, row.promptVersion, row.modelName, row.attempts, row.inputTokens, row.outputTokens,
                row.cost, row.output, row.previousValue, error, row.startedAt, row.finishedAt);
    }

    @Override
    public int releaseIdempotencyKeysBefore(java.time.Instant cutoff) {
        return getEntityManager().createNativeQuery("UPDATE workflow_action_runs SET idempotency_key = NULL "
                + "WHERE idempotency_key IS NOT NULL AND finished_at < :cutoff").setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
