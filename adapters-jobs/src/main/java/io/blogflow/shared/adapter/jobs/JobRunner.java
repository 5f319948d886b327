package io.blogflow.shared.adapter.jobs;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import io.blogflow.shared.application.port.in.JobFailedPermanently;
import io.blogflow.shared.application.port.in.JobHandler;
import io.blogflow.shared.application.port.in.JobHandler.Attempt;
import io.blogflow.shared.domain.job.Backoff;
import io.blogflow.shared.domain.job.JobId;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs one attempt of a job that db-scheduler claimed: counts the attempt (skipping jobs cancelled or finished
 * meanwhile), calls the handler outside any transaction, then records the outcome and tells db-scheduler what to do
 * with its execution: remove it (succeeded, dead) or move it to the backoff's next attempt.
 */
final class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);
    private static final String EXHAUSTED = "The last attempt never finished: its instance stopped (lease expired).";

    private final JobTable table;
    private final JobPayloads payloads;
    private final Backoff backoff;
    private final Clock clock;
    private final JobMetrics metrics;

    JobRunner(JobTable table, JobPayloads payloads, Backoff backoff, Clock clock, JobMetrics metrics) {
        this.table = table;
        this.payloads = payloads;
        this.backoff = backoff;
        this.clock = clock;
        this.metrics = metrics;
    }

    <P> CompletionHandler<Void> run(JobHandler<P> handler, JobId id, Instant dueAt) {
        String type = handler.type().name();
        Instant startedAt = clock.instant();
        var started = inNewTransaction(() -> table.start(id, startedAt));
        if (started.isEmpty()) {
            metrics.skipped(type);
            inNewTransaction(() -> giveUpIfExhausted(handler, id));
            return new CompletionHandler.OnCompleteRemove<>();
        }
        metrics.started(type, Duration.between(dueAt, startedAt));
        Attempt attempt = new Attempt(id, started.get().attempt(), started.get().maxAttempts());
        P payload;
        try {
            payload = payloads.read(started.get().payloadJson(), handler.type().payloadType());
            inRequestContext(() -> handler.handle(payload, attempt));
        } catch (Exception failure) {
            return failed(handler, id, attempt, started.get().payloadJson(), failure);
        }
        inNewTransaction(() -> table.succeed(id, clock.instant()));
        metrics.succeeded(type, Duration.between(startedAt, clock.instant()));
        return new CompletionHandler.OnCompleteRemove<>();
    }

    private <P> CompletionHandler<Void> failed(JobHandler<P> handler, JobId id, Attempt attempt, String payloadJson,
                                               Exception failure) {
        String type = handler.type().name();
        String error = describe(failure);
        metrics.failed(type);
        if (attempt.last() || failure instanceof JobFailedPermanently) {
            LOG.warnf("Job %s (%s) is dead after attempt %d of %d: %s", id, type, attempt.number(),
                    attempt.maxAttempts(), error);
            inNewTransaction(() -> {
                table.die(id, clock.instant(), error);
                giveUp(handler, payloadJson, attempt, error);
                return null;
            });
            metrics.dead(type);
            return new CompletionHandler.OnCompleteRemove<>();
        }
        Instant next = clock.instant().plus(backoff.after(attempt.number(), ThreadLocalRandom.current()::nextDouble));
        LOG.infof("Job %s (%s) attempt %d of %d failed, retrying at %s: %s", id, type, attempt.number(),
                attempt.maxAttempts(), next, error);
        inNewTransaction(() -> table.retryLater(id, next, error));
        return (complete, operations) -> operations.reschedule(complete, next);
    }

    /** A job whose instance died during its last attempt is started no more: it dies here. */
    private <P> Void giveUpIfExhausted(JobHandler<P> handler, JobId id) {
        table.find(id).filter(job -> !job.state().finished() && job.attempts() >= job.maxAttempts()).ifPresent(job -> {
            if (table.die(id, clock.instant(), EXHAUSTED)) {
                LOG.warnf("Job %s (%s) is dead: %s", id, job.type(), EXHAUSTED);
                giveUp(handler, job.payloadJson(), new Attempt(id, job.attempts(), job.maxAttempts()), EXHAUSTED);
                metrics.dead(job.type());
            }
        });
        return null;
    }

    private <P> void giveUp(JobHandler<P> handler, String payloadJson, Attempt attempt, String error) {
        try {
            P payload = payloads.read(payloadJson, handler.type().payloadType());
            inRequestContext(() -> handler.onGiveUp(payload, attempt, error));
        } catch (Exception e) {
            LOG.errorf(e, "Job %s (%s): recording that it gave up failed", attempt.jobId(), handler.type().name());
        }
    }

    static String describe(Throwable failure) {
        String message = failure.getMessage();
        String text = failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return JobTable.truncate(text);
    }

    interface Work {
        void run() throws Exception;
    }

    /** Handlers run with a request context, as REST calls do (request-scoped beans, Hibernate sessions). */
    static void inRequestContext(Work work) throws Exception {
        ManagedContext context = Arc.container().requestContext();
        if (context.isActive()) {
            work.run();
            return;
        }
        context.activate();
        try {
            work.run();
        } finally {
            context.terminate();
        }
    }

    private static <T> T inNewTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
