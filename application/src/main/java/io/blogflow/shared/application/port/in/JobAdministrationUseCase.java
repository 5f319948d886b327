package io.blogflow.shared.application.port.in;

import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.job.Job;
import io.blogflow.shared.domain.job.JobId;
import io.blogflow.shared.domain.job.JobState;
import java.util.List;
import java.util.Optional;

/** Admins watch the job queue and step in: list and inspect jobs, retry dead ones, cancel pending ones. */
public interface JobAdministrationUseCase {

    Page<Job> list(Optional<JobState> state, Optional<String> type, PageRequest page);

    Job get(JobId id);

    Job retry(JobId id, UserId admin);

    Job cancel(JobId id, UserId admin);

    /** Enqueues {@code count} no-op probe jobs (checks the queue end to end; the benchmark's load). */
    List<JobId> probe(int count, UserId admin);

    List<String> types();
}
