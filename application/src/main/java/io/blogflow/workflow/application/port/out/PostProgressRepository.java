package io.blogflow.workflow.application.port.out;

import io.blogflow.blog.domain.PostId;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.workflow.domain.progress.PostProgress;
import io.blogflow.workflow.domain.progress.ProgressHistoryEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/** Where posts' progress through the workflow and its history live. */
public interface PostProgressRepository {

    /**
     * The post's stored progress; {@code forChange} locks it for the rest of the transaction, so concurrent moves of
     * one post run one after the other (and the later one sees the earlier one's version). {@code ids} gives the ids
     * of records the progress creates later.
     */
    Optional<PostProgress> progressOf(PostId post, boolean forChange, Supplier<UUID> ids);

    /** Stores a just begun progress; false when a concurrent request stored the post's progress first. */
    boolean insertIfAbsent(PostProgress progress);

    /**
     * Stores the position and every record of a progress read at {@code progress.version()}, and answers the new
     * version; {@code now} is the change's time. Throws {@code StaleVersionException} when the stored version is another.
     */
    long save(PostProgress progress, Instant now);

    void append(List<ProgressHistoryEntry> entries);

    /** The post's history, newest first. */
    Page<ProgressHistoryEntry> history(PostId post, PageRequest page);
}
