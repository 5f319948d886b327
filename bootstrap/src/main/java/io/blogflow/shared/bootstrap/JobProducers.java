package io.blogflow.shared.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogflow.shared.adapter.jobs.DbSchedulerJobs;
import io.blogflow.shared.adapter.jobs.JobSettings;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.in.JobAdministrationUseCase;
import io.blogflow.shared.application.port.in.JobHandler;
import io.blogflow.shared.application.port.in.PeriodicJob;
import io.blogflow.shared.application.port.out.JobQueue;
import io.blogflow.shared.application.port.out.Jobs;
import io.blogflow.shared.application.port.out.SignalChannels;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.application.service.JobAdministrationService;
import io.blogflow.shared.application.service.ProbeJob;
import io.blogflow.shared.application.service.PurgeFinishedJobs;
import io.blogflow.shared.domain.job.Backoff;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;

/**
 * The job queue: db-scheduler behind the {@link Jobs} port, with every context's {@link JobHandler} and
 * {@link PeriodicJob} beans. Workers start with the application and stop (letting running jobs finish for up to 10 s)
 * with it.
 */
@Singleton
public class JobProducers {

    @Produces
    @Singleton
    @Typed(DbSchedulerJobs.class)
    DbSchedulerJobs dbSchedulerJobs(DataSource dataSource, SignalChannels signals,
                                    @Any Instance<JobHandler<?>> handlers, @Any Instance<PeriodicJob> periodicJobs,
                                    BlogflowConfig config, ObjectMapper json, Clock clock, MeterRegistry registry) {
        var jobs = config.jobs();
        var settings = new JobSettings(jobs.workers(), jobs.threads(), jobs.pollInterval(), jobs.lease(),
                jobs.maxAttempts(), new Backoff(jobs.backoffInitial(), jobs.backoffMax()));
        return new DbSchedulerJobs(dataSource, signals, () -> List.copyOf(handlers.stream().toList()),
                () -> List.copyOf(periodicJobs.stream().toList()), settings, json, clock, registry);
    }

    @Produces
    @Singleton
    Jobs jobs(DbSchedulerJobs queue) {
        return queue;
    }

    @Produces
    @Singleton
    JobQueue jobQueue(DbSchedulerJobs queue) {
        return queue;
    }

    @Produces
    @Singleton
    JobAdministrationUseCase jobAdministration(JobQueue queue, Jobs jobs, Transactions transactions,
                                               AuditTrail audit) {
        return new JobAdministrationService(queue, jobs, transactions, audit);
    }

    @Produces
    @Singleton
    ProbeJob probeJob() {
        return new ProbeJob();
    }

    @Produces
    @Singleton
    PurgeFinishedJobs purgeFinishedJobs(JobQueue queue, Clock clock, BlogflowConfig config) {
        return new PurgeFinishedJobs(queue, clock, Intervals.parse("blogflow.cleanup.interval",
                config.cleanup().interval()), config.jobs().retention(), config.jobs().deadRetention());
    }

    void start(@Observes StartupEvent started, DbSchedulerJobs queue) {
        queue.start();
    }

    void stop(@Observes ShutdownEvent stopping, DbSchedulerJobs queue) {
        queue.stop();
    }
}
