package io.blogflow.workflow.adapter.persistence;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.UserId;
import io.blogflow.workflow.application.port.out.PostProgressRepository;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.progress.MoveKind;
import io.blogflow.workflow.domain.progress.PostProgress;
import io.blogflow.workflow.domain.progress.ProgressHistoryEntry;
import io.blogflow.workflow.domain.progress.ProgressMove;
import io.blogflow.workflow.domain.progress.ProgressRecord;
import io.blogflow.workflow.domain.progress.ProgressStatus;
import io.blogflow.workflow.domain.progress.StageProgress;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

@ApplicationScoped
public class PanachePostProgressRepository implements PostProgressRepository,
        PanacheRepositoryBase<PostWorkflowJpaEntity, UUID> {

    @Override
    public Optional<PostProgress> progressOf(PostId postId, boolean forChange, Supplier<UUID> ids) {
        UUID post = postId.value();
        var em = getEntityManager();
        PostWorkflowJpaEntity row = forChange ? em.find(PostWorkflowJpaEntity.class, post,
                LockModeType.PESSIMISTIC_WRITE) : em.find(PostWorkflowJpaEntity.class, post);
        if (row == null) {
            return Optional.empty();
        }
        List<PostStageProgressJpaEntity> stages = em.createQuery(
                        "from PostStageProgressJpaEntity s where s.postId = :post", PostStageProgressJpaEntity.class)
                .setParameter("post", post).getResultList();
        Map<UUID, List<PostSubStageProgressJpaEntity>> subs = em.createQuery(
                        "select ss from PostSubStageProgressJpaEntity ss where ss.postStageProgressId in"
                                + " (select s.id from PostStageProgressJpaEntity s where s.postId = :post)",
                        PostSubStageProgressJpaEntity.class)
                .setParameter("post", post).getResultStream()
                .collect(Collectors.groupingBy(ss -> ss.postStageProgressId));
        List<StageProgress> records = stages.stream().map(stage -> new StageProgress(
                new ProgressRecord(stage.id, new WorkflowItemId(stage.stageId), ProgressStatus.fromWire(stage.status),
                        stage.startedAt, stage.completedAt, null, List.of(), List.of()),
                subs.getOrDefault(stage.id, List.of()).stream().map(sub -> new ProgressRecord(sub.id,
                        new WorkflowItemId(sub.subStageId), ProgressStatus.fromWire(sub.status), sub.startedAt,
                        sub.completedAt, sub.notes, sub.inputFields, sub.outputFields)).toList())).toList();
        return Optional.of(PostProgress.rehydrate(postId, new WorkflowItemId(row.stageId),
                new WorkflowItemId(row.subStageId), row.version, records, ids));
    }

    @Override
    public boolean insertIfAbsent(PostProgress progress) {
        var em = getEntityManager();
        int inserted = em.createNativeQuery("INSERT INTO post_workflow (post_id, stage_id, sub_stage_id, version,"
                        + " created_at, updated_at) VALUES (:post, :stage, :sub, 0, now(), now())"
                        + " ON CONFLICT (post_id) DO NOTHING")
                .setParameter("post", progress.postId().value()).setParameter("stage", progress.stageId().value())
                .setParameter("sub", progress.subStageId().value()).executeUpdate();
        if (inserted == 0) {
            return false;
        }
        saveRecords(progress);
        return true;
    }

    @Override
    public long save(PostProgress progress, Instant now) {
        var em = getEntityManager();
        PostWorkflowJpaEntity row = em.find(PostWorkflowJpaEntity.class, progress.postId().value(),
                LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw new StaleVersionException("post's workflow progress");
        }
        if (row.version != progress.version()) {
            throw new StaleVersionException("post's workflow progress", row.version);
        }
        row.stageId = progress.stageId().value();
        row.subStageId = progress.subStageId().value();
        row.version = row.version + 1;
        row.updatedAt = now;
        saveRecords(progress);
        return row.version;
    }

    private void saveRecords(PostProgress progress) {
        var em = getEntityManager();
        for (StageProgress stage : progress.records()) {
            ProgressRecord record = stage.stage();
            PostStageProgressJpaEntity row = em.find(PostStageProgressJpaEntity.class, record.id());
            if (row == null) {
                row = new PostStageProgressJpaEntity();
                row.id = record.id();
                row.postId = progress.postId().value();
                row.stageId = record.itemId().value();
                copy(record, row);
                em.persist(row);
            } else {
                copy(record, row);
            }
            for (ProgressRecord subRecord : stage.subStages()) {
                PostSubStageProgressJpaEntity sub = em.find(PostSubStageProgressJpaEntity.class, subRecord.id());
                if (sub == null) {
                    sub = new PostSubStageProgressJpaEntity();
                    sub.id = subRecord.id();
                    sub.postStageProgressId = record.id();
                    sub.subStageId = subRecord.itemId().value();
                    copy(subRecord, sub);
                    em.persist(sub);
                } else {
                    copy(subRecord, sub);
                }
            }
        }
        em.flush();
    }

    @Override
    public void append(List<ProgressHistoryEntry> entries) {
        var em = getEntityManager();
        for (ProgressHistoryEntry entry : entries) {
            var row = new PostWorkflowHistoryJpaEntity();
            ProgressMove move = entry.move();
            row.id = entry.id();
            row.postId = entry.postId().value();
            row.kind = move.kind().wire();
            row.fromStageId = uuid(move.fromStageId());
            row.fromSubStageId = uuid(move.fromSubStageId());
            row.toStageId = uuid(move.toStageId());
            row.toSubStageId = uuid(move.toSubStageId());
            row.subStageId = uuid(move.subStageId());
            row.actorId = entry.actor().value();
            row.occurredAt = entry.at();
            em.persist(row);
        }
        em.flush();
    }

    @Override
    public Page<ProgressHistoryEntry> history(PostId postId, PageRequest page) {
        UUID post = postId.value();
        var em = getEntityManager();
        long total = em.createQuery("select count(h) from PostWorkflowHistoryJpaEntity h where h.postId = :post",
                Long.class).setParameter("post", post).getSingleResult();
        List<ProgressHistoryEntry> items = new ArrayList<>();
        em.createQuery("from PostWorkflowHistoryJpaEntity h where h.postId = :post order by h.seq desc",
                        PostWorkflowHistoryJpaEntity.class)
                .setParameter("post", post).setFirstResult((int) page.offset()).setMaxResults(page.size())
                .getResultStream().forEach(row -> items.add(new ProgressHistoryEntry(row.id, postId,
                        new ProgressMove(MoveKind.fromWire(row.kind), item(row.fromStageId), item(row.fromSubStageId),
                                item(row.toStageId), item(row.toSubStageId), item(row.subStageId)),
                        new UserId(row.actorId), row.occurredAt)));
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** History positions may be empty (a post's first move has no "from"). */
    private static UUID uuid(WorkflowItemId item) {
        return item == null ? null : item.value();
    }

    private static WorkflowItemId item(UUID id) {
        return id == null ? null : new WorkflowItemId(id);
    }

    private static void copy(ProgressRecord record, PostStageProgressJpaEntity row) {
        row.status = record.status().wire();
        row.startedAt = record.startedAt();
        row.completedAt = record.completedAt();
    }

    private static void copy(ProgressRecord record, PostSubStageProgressJpaEntity row) {
        row.status = record.status().wire();
        row.startedAt = record.startedAt();
        row.completedAt = record.completedAt();
        row.notes = record.notes();
        row.inputFields = new ArrayList<>(record.inputFields());
        row.outputFields = new ArrayList<>(record.outputFields());
    }
}
