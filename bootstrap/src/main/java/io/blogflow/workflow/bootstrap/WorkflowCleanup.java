package io.blogflow.workflow.bootstrap;

import io.blogflow.workflow.application.port.out.ActionRunRepository;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.application.RetentionCleanup;
import io.blogflow.shared.bootstrap.BlogflowConfig;
import io.blogflow.shared.bootstrap.Intervals;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Idempotency keys of action runs expire after BLOGFLOW_CLEANUP_IDEMPOTENCY_KEY_TTL (the runs stay). */
@Singleton
public class WorkflowCleanup {

    @Produces
    @Singleton
    RetentionCleanup releaseRunKeys(ActionRunRepository repository, Transactions transactions, Clock clock,
                                BlogflowConfig config) {
        var cleanup = config.cleanup();
        return new RetentionCleanup("workflow.release-idempotency-keys", Intervals.parse("blogflow.cleanup.interval", cleanup.interval()),
                cleanup.idempotencyKeyTtl(), repository::releaseIdempotencyKeysBefore, transactions, clock);
    }
}
