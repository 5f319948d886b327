package io.blogflow.workflow.application.port.out;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.application.port.out.InMemoryPages;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.progress.PostProgress;
import io.blogflow.workflow.domain.progress.ProgressHistoryEntry;
import io.blogflow.workflow.domain.progress.StageProgress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** {@link PostProgressRepository} in memory; passes {@link PostProgressRepositoryContract}. Locks are no-ops. */
public final class InMemoryPostProgressRepository implements PostProgressRepository {

    private record Stored(WorkflowItemId stageId, WorkflowItemId subStageId, long version,
                          List<StageProgress> records) {
    }

    private final Map<PostId, Stored> progress = new ConcurrentHashMap<>();
    private final List<ProgressHistoryEntry> history = new ArrayList<>();

    @Override
    public Optional<PostProgress> progressOf(PostId post, boolean forChange, Supplier<UUID> ids) {
        return Optional.ofNullable(progress.get(post)).map(stored -> PostProgress.rehydrate(post, stored.stageId(),
                stored.subStageId(), stored.version(), stored.records(), ids));
    }

    @Override
    public boolean insertIfAbsent(PostProgress begun) {
        return progress.putIfAbsent(begun.postId(), snapshot(begun, 0)) == null;
    }

    @Override
    public synchronized long save(PostProgress changed, Instant now) {
        Stored current = progress.get(changed.postId());
        if (current == null) {
            throw new StaleVersionException("post's workflow progress");
        }
        if (current.version() != changed.version()) {
            throw new StaleVersionException("post's workflow progress", current.version());
        }
        progress.put(changed.postId(), snapshot(changed, current.version() + 1));
        return current.version() + 1;
    }

    @Override
    public synchronized void append(List<ProgressHistoryEntry> entries) {
        history.addAll(entries);
    }

    @Override
    public synchronized Page<ProgressHistoryEntry> history(PostId post, PageRequest page) {
        List<ProgressHistoryEntry> newestFirst = new ArrayList<>(history.stream()
                .filter(entry -> entry.postId().equals(post)).toList());
        java.util.Collections.reverse(newestFirst);
        return InMemoryPages.page(newestFirst, page);
    }

    private static Stored snapshot(PostProgress progress, long version) {
        return new Stored(progress.stageId(), progress.subStageId(), version, progress.records());
    }
}
