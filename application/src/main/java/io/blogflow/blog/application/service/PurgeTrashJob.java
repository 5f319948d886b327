package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.blog.domain.Post;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.in.PeriodicJob;
import io.blogflow.shared.application.port.out.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Deletes for good the posts that lay in the trash longer than the retention, in batches, each one audited. */
public final class PurgeTrashJob implements PeriodicJob {

    static final int BATCH = 100;

    private final PostRepository posts;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration interval;
    private final Duration retention;

    public PurgeTrashJob(PostRepository posts, Transactions transactions, AuditTrail audit, Clock clock,
                         Duration interval, Duration retention) {
        this.posts = posts;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.interval = interval;
        this.retention = retention;
    }

    @Override
    public String name() {
        return "blog.purge-trash";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public void run() {
        Instant cutoff = clock.instant().minus(retention);
        int purged;
        do {
            purged = transactions.inTransaction(() -> purgeBatch(cutoff));
        } while (purged == BATCH);
    }

    private int purgeBatch(Instant cutoff) {
        List<Post> due = posts.findTrashedBefore(cutoff, BATCH);
        for (Post post : due) {
            posts.remove(post);
            audit.record(null, "post.purged-from-trash", "post", post.id(), PostSnapshots.of(post), null);
        }
        return due.size();
    }
}
