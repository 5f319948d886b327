package io.blogflow.workflow.application.service;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.workflow.application.port.in.PostProgressUseCase;
import io.blogflow.workflow.application.port.out.EditorialPosts;
import io.blogflow.workflow.application.port.out.PostProgressRepository;
import io.blogflow.workflow.application.port.out.WorkflowDefinitionRepository;
import io.blogflow.workflow.domain.Workflow;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.WorkflowTree;
import io.blogflow.workflow.domain.progress.PostProgress;
import io.blogflow.workflow.domain.progress.ProgressDetails;
import io.blogflow.workflow.domain.progress.ProgressHistoryEntry;
import io.blogflow.workflow.domain.progress.ProgressMove;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves run in one transaction with the post's progress locked: the version check, the move, the records, the
 * history entry and the audit entry are stored together or not at all.
 */
public final class PostProgressService implements PostProgressUseCase {

    private final PostProgressRepository progress;
    private final WorkflowDefinitionRepository definitions;
    private final EditorialPosts posts;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final AuditTrail audit;

    public PostProgressService(PostProgressRepository progress, WorkflowDefinitionRepository definitions,
                               EditorialPosts posts, Transactions transactions, IdGenerator ids, Clock clock,
                               AuditTrail audit) {
        this.progress = progress;
        this.definitions = definitions;
        this.posts = posts;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public ProgressView progress(PostId post, Actor actor) {
        return transactions.inTransaction(() -> {
            posts.requireReachable(post, actor);
            Instant now = clock.instant();
            WorkflowTree tree = tree(now);
            var stored = progress.progressOf(post, false, ids::newId);
            if (stored.isPresent()) {
                return new ProgressView(stored.get(), stored.get().version(), tree);
            }
            PostProgress begun = PostProgress.begin(post, tree, now, ids::newId);
            if (progress.insertIfAbsent(begun)) {
                return new ProgressView(begun, begun.version(), tree);
            }
            PostProgress concurrent = progress.progressOf(post, false, ids::newId).orElseThrow();
            return new ProgressView(concurrent, concurrent.version(), tree);
        });
    }

    @Override
    public ProgressView start(PostId post, WorkflowItemId subStage, long expectedVersion, ProgressDetails details,
                              Actor actor) {
        return move(post, expectedVersion, actor, (p, tree, now) -> p.start(subStage, details, tree, now));
    }

    @Override
    public ProgressView complete(PostId post, WorkflowItemId subStage, long expectedVersion, ProgressDetails details,
                                 Actor actor) {
        return move(post, expectedVersion, actor, (p, tree, now) -> p.complete(subStage, details, tree, now));
    }

    @Override
    public ProgressView skip(PostId post, WorkflowItemId subStage, long expectedVersion, ProgressDetails details,
                             Actor actor) {
        return move(post, expectedVersion, actor, (p, tree, now) -> p.skip(subStage, details, tree, now));
    }

    @Override
    public ProgressView advance(PostId post, long expectedVersion, Actor actor) {
        return move(post, expectedVersion, actor, (p, tree, now) -> p.advance(tree, now));
    }

    @Override
    public ProgressView rewind(PostId post, WorkflowItemId stage, WorkflowItemId subStage, long expectedVersion,
                               Actor actor) {
        return move(post, expectedVersion, actor, (p, tree, now) -> p.rewind(stage, subStage, tree, now));
    }

    @Override
    public Page<ProgressHistoryEntry> history(PostId post, PageRequest page, Actor actor) {
        return transactions.inTransaction(() -> {
            posts.requireReachable(post, actor);
            return progress.history(post, page);
        });
    }

    @FunctionalInterface
    private interface Move {
        void apply(PostProgress progress, WorkflowTree tree, Instant now);
    }

    /**
     * A post that was never read has no progress yet; it begins (at version 0) within the move, so a client that
     * sends {@code If-Match: "0"} without a GET first still gets the usual version check.
     */
    private ProgressView move(PostId post, long expectedVersion, Actor actor, Move move) {
        return transactions.inTransaction(() -> {
            posts.requireReachable(post, actor);
            Instant now = clock.instant();
            WorkflowTree tree = tree(now);
            PostProgress current = progress.progressOf(post, true, ids::newId).orElseGet(() -> {
                PostProgress begun = PostProgress.begin(post, tree, now, ids::newId);
                progress.insertIfAbsent(begun);
                return progress.progressOf(post, true, ids::newId).orElseThrow();
            });
            if (current.version() != expectedVersion) {
                throw new StaleVersionException("post's workflow progress", current.version());
            }
            move.apply(current, tree, now);
            long version = progress.save(current, now);
            List<ProgressMove> moves = current.moves();
            progress.append(moves.stream()
                    .map(m -> new ProgressHistoryEntry(ids.newId(), post, m, actor.id(), now)).toList());
            for (ProgressMove m : moves) {
                audit.record(actor.id(), "workflow.progress." + m.kind().wire(), "post", post, position(m.fromStageId(),
                        m.fromSubStageId(), null), position(m.toStageId(), m.toSubStageId(), m.subStageId()));
            }
            return new ProgressView(current, version, tree);
        });
    }

    private WorkflowTree tree(Instant now) {
        Workflow workflow = definitions.lockDefaultWorkflow(false, now);
        return WorkflowTree.of(workflow, definitions.allItems(workflow), true);
    }

    private static Map<String, Object> position(WorkflowItemId stage, WorkflowItemId subStage, WorkflowItemId actedOn) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("stageId", String.valueOf(stage));
        values.put("subStageId", String.valueOf(subStage));
        if (actedOn != null) {
            values.put("actedOnSubStageId", actedOn.toString());
        }
        return values;
    }
}
