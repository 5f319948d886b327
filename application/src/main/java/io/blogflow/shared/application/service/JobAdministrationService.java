package io.blogflow.shared.application.service;

import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.in.JobAdministrationUseCase;
import io.blogflow.shared.application.port.out.JobQueue;
import io.blogflow.shared.application.port.out.Jobs;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.job.Job;
import io.blogflow.shared.domain.job.JobErrors;
import io.blogflow.shared.domain.job.JobId;
import io.blogflow.shared.domain.job.JobState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class JobAdministrationService implements JobAdministrationUseCase {

    public static final int MAX_PROBES = 1000;

    private final JobQueue queue;
    private final Jobs jobs;
    private final Transactions transactions;
    private final AuditTrail audit;

    public JobAdministrationService(JobQueue queue, Jobs jobs, Transactions transactions, AuditTrail audit) {
        this.queue = queue;
        this.jobs = jobs;
        this.transactions = transactions;
        this.audit = audit;
    }

    @Override
    public Page<Job> list(Optional<JobState> state, Optional<String> type, PageRequest page) {
        return queue.find(state, type, page);
    }

    @Override
    public Job get(JobId id) {
        return queue.find(id).orElseThrow(() -> new JobErrors.NotFound(id.toString()));
    }

    @Override
    public Job retry(JobId id, UserId admin) {
        return transactions.inTransaction(() -> {
            Job job = get(id);
            job.requireRetryable();
            if (!queue.retryDead(id)) {
                get(id).requireRetryable();
            }
            audit.record(admin, "job.retried", "job", id, Map.of("state", job.state().apiName()),
                    Map.of("state", JobState.PENDING.apiName()));
            return get(id);
        });
    }

    @Override
    public Job cancel(JobId id, UserId admin) {
        return transactions.inTransaction(() -> {
            Job job = get(id);
            job.requireCancellable();
            if (!queue.cancelPending(id)) {
                get(id).requireCancellable();
            }
            audit.record(admin, "job.cancelled", "job", id, Map.of("state", job.state().apiName()),
                    Map.of("state", JobState.CANCELLED.apiName()));
            return get(id);
        });
    }

    @Override
    public List<JobId> probe(int count, UserId admin) {
        if (count < 1 || count > MAX_PROBES) {
            throw new InvalidValueException("count.out-of-range", "count must be between 1 and " + MAX_PROBES + ".");
        }
        return transactions.inTransaction(() -> {
            List<JobId> ids = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                ids.add(jobs.enqueue(ProbeJob.TYPE, new ProbeJob.Probe(admin.value().toString())));
            }
            audit.record(admin, "job.probes-enqueued", "job", ids.get(0), null, Map.of("count", count));
            return ids;
        });
    }

    @Override
    public List<String> types() {
        return queue.types();
    }
}
