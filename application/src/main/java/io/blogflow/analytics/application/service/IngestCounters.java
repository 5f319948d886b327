package io.blogflow.analytics.application.service;

import java.util.concurrent.atomic.LongAdder;

/** What ingestion did with the events it was given; bootstrap exports them as metrics. */
public final class IngestCounters {

    final LongAdder accepted = new LongAdder();
    final LongAdder rejected = new LongAdder();
    final LongAdder robots = new LongAdder();
    final LongAdder excluded = new LongAdder();
    final LongAdder spam = new LongAdder();

    /** Taken by the write path. */
    public long accepted() {
        return accepted.sum();
    }

    /** Refused with 503 because the write path was full. */
    public long rejected() {
        return rejected.sum();
    }

    /** Dropped on purpose: sent by a robot, crawler or headless browser. */
    public long robots() {
        return robots.sum();
    }

    /** Dropped on purpose: an excluded address or path. */
    public long excluded() {
        return excluded.sum();
    }

    /** Dropped on purpose: referrer spam. */
    public long spam() {
        return spam.sum();
    }
}
