package io.blogflow.identity.bootstrap;

import io.blogflow.identity.application.port.out.SessionRepository;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.application.RetentionCleanup;
import io.blogflow.shared.bootstrap.BlogflowConfig;
import io.blogflow.shared.bootstrap.Intervals;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Sessions that ended (expired or revoked) longer ago than BLOGFLOW_CLEANUP_SESSION_RETENTION go, refresh tokens with them. */
@Singleton
public class IdentityCleanup {

    @Produces
    @Singleton
    RetentionCleanup deleteEndedSessions(SessionRepository repository, Transactions transactions, Clock clock,
                                BlogflowConfig config) {
        var cleanup = config.cleanup();
        return new RetentionCleanup("identity.delete-ended-sessions", Intervals.parse("blogflow.cleanup.interval", cleanup.interval()),
                cleanup.sessionRetention(), repository::deleteEndedBefore, transactions, clock);
    }
}
