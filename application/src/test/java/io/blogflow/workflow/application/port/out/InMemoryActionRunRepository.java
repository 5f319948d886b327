package io.blogflow.workflow.application.port.out;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.application.port.out.InMemoryPages;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.workflow.domain.run.ActionRun;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** {@link ActionRunRepository} in memory; passes {@link ActionRunRepositoryContract}. */
public final class InMemoryActionRunRepository implements ActionRunRepository {

    private final Map<UUID, ActionRun> runs = new ConcurrentHashMap<>();
    private final java.util.Set<UUID> released = ConcurrentHashMap.newKeySet();

    @Override
    public synchronized ActionRun start(ActionRun run) {
        if (run.idempotencyKey() != null) {
            Optional<ActionRun> earlier = runs.values().stream().filter(r -> r.postId().equals(run.postId())
                    && !released.contains(r.id()) && Objects.equals(r.idempotencyKey(), run.idempotencyKey()))
                    .findFirst();
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        runs.put(run.id(), run);
        return run;
    }

    @Override
    public ActionRun finish(ActionRun run) {
        if (runs.replace(run.id(), run) == null) {
            throw new IllegalStateException("run " + run.id() + " was never started");
        }
        return run;
    }

    @Override
    public synchronized int releaseIdempotencyKeysBefore(java.time.Instant cutoff) {
        var due = runs.values().stream().filter(r -> r.idempotencyKey() != null && !released.contains(r.id())
                && r.finishedAt() != null && r.finishedAt().isBefore(cutoff)).map(ActionRun::id).toList();
        released.addAll(due);
        return due.size();
    }

    @Override
    public Optional<ActionRun> find(PostId postId, UUID runId) {
        return Optional.ofNullable(runs.get(runId)).filter(run -> run.postId().equals(postId));
    }

    @Override
    public Page<ActionRun> ofPost(PostId postId, PageRequest page) {
        return InMemoryPages.page(runs.values().stream().filter(run -> run.postId().equals(postId))
                .sorted(Comparator.comparing(ActionRun::startedAt).thenComparing(ActionRun::id).reversed())
                .toList(), page);
    }
}
