package io.blogflow.analytics.application.port.out;

import java.time.Instant;
import java.time.YearMonth;

/** The monthly partitions of the raw events. */
public interface EventPartitions {

    /** Creates the month's partition unless it exists (moving any rows the default partition caught for it). */
    void ensure(YearMonth month);

    /** Drops every month partition that ends on or before {@code cutoff}; returns how many. */
    int dropEndingBefore(Instant cutoff);
}
