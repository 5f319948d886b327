package io.blogflow.shared.adapter.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient.ScheduleOptions;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceException;
import com.github.kagkarlsson.scheduler.jdbc.PostgreSqlJdbcCustomization;
import com.github.kagkarlsson.scheduler.logging.LogLevel;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.blogflow.shared.application.port.in.JobHandler;
import io.blogflow.shared.application.port.in.PeriodicJob;
import io.blogflow.shared.application.port.out.JobQueue;
import io.blogflow.shared.application.port.out.Jobs;
import io.blogflow.shared.application.port.out.SignalChannels;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.job.Job;
import io.blogflow.shared.domain.job.JobId;
import io.blogflow.shared.domain.job.JobPriority;
import io.blogflow.shared.domain.job.JobState;
import io.blogflow.shared.domain.job.JobType;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The {@link Jobs} port and the {@link JobQueue} on db-scheduler. db-scheduler owns execution: its
 * {@code scheduled_tasks} row per pending job is claimed with {@code FOR UPDATE SKIP LOCKED} (so N instances never run
 * one job twice), carries the priority, and its heartbeat is the lease after which a dead instance's job runs again.
 * The {@code jobs} table is the record people see: payload, attempts, last error and outcome. Both rows are written
 * in the caller's JTA transaction. Each job type is one db-scheduler task named after it; each periodic job one
 * recurring task (one row, so each occurrence runs on one instance only).
 */
public final class DbSchedulerJobs implements Jobs, JobQueue {

    private static final Logger LOG = Logger.getLogger(DbSchedulerJobs.class);

    private final JobTable table;
    private final JobPayloads payloads;
    private final JobSettings settings;
    private final Clock clock;
    private final DataSource dataSource;
    private final Supplier<List<JobHandler<?>>> handlers;
    private final Supplier<List<PeriodicJob>> periodicJobs;
    private final JobMetrics metrics;
    private final SignalChannels signals;
    private volatile Engine engine;
    private SignalChannels.Subscription wakeUpSignals;

    /** The task per job type, the scheduler and what wakes it up. */
    private record Engine(Map<String, Task<Void>> tasks, Scheduler scheduler, JobWakeUps wakeUps) {
    }

    /**
     * Handlers and periodic jobs are looked up on first use, not here: they may themselves enqueue jobs, and CDI could
     * not build them before this queue. The workers hear the wake-up signal through {@code signals}.
     */
    public DbSchedulerJobs(DataSource dataSource, SignalChannels signals, Supplier<List<JobHandler<?>>> handlers,
                           Supplier<List<PeriodicJob>> periodicJobs, JobSettings settings, ObjectMapper json,
                           Clock clock, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.signals = signals;
        this.table = new JobTable(dataSource);
        this.payloads = new JobPayloads(json);
        this.settings = settings;
        this.clock = clock;
        this.handlers = handlers;
        this.periodicJobs = periodicJobs;
        this.metrics = new JobMetrics(registry, () -> table.backlog(clock.instant()), clock);
    }

    private Engine engine() {
        Engine built = engine;
        if (built == null) {
            synchronized (this) {
                if (engine == null) {
                    engine = build();
                }
                built = engine;
            }
        }
        return built;
    }

    private Engine build() {
        JobRunner runner = new JobRunner(table, payloads, settings.backoff(), clock, metrics);
        Map<String, Task<Void>> tasks = new TreeMap<>();
        for (JobHandler<?> handler : handlers.get()) {
            if (tasks.put(handler.type().name(), oneTimeTask(handler, runner)) != null) {
                throw new IllegalStateException("Two handlers for job type " + handler.type().name());
            }
        }
        Map<String, RecurringTask<Void>> periodic = new TreeMap<>();
        for (PeriodicJob job : periodicJobs.get()) {
            if (tasks.containsKey(job.name()) || periodic.containsKey(job.name())) {
                throw new IllegalStateException("Two jobs named " + job.name());
            }
            if (!job.interval().isNegative() && !job.interval().isZero()) {
                periodic.put(job.name(), recurringTask(job));
            }
        }
        Scheduler scheduler = Scheduler.create(dataSource, new ArrayList<>(tasks.values()))
                .startTasks(new ArrayList<>(periodic.values()))
                .jdbcCustomization(new PostgreSqlJdbcCustomization(false, true))
                .schedulerName(new SchedulerName.Fixed(instanceName()))
                .threads(settings.threads())
                .pollingInterval(settings.pollInterval().multipliedBy(10))
                .pollUsingLockAndFetch(0.5, 1.0)
                .heartbeatInterval(settings.heartbeat())
                .missedHeartbeatsLimit(4)
                .enablePriority()
                .clock(clock::instant)
                .shutdownMaxWait(Duration.ofSeconds(10))
                .failureLogging(LogLevel.WARN, true)
                .build();
        metrics.register(tasks.keySet());
        JobWakeUps wakeUps = new JobWakeUps(scheduler::triggerCheckForDueExecutions);
        LOG.infof("Job types %s, periodic jobs %s", tasks.keySet(), periodic.keySet());
        return new Engine(tasks, scheduler, wakeUps);
    }

    /** Starts working the queue on this instance (unless workers are off: then it only enqueues). */
    public synchronized void start() {
        Engine started = engine();
        if (settings.workers()) {
            started.scheduler().start();
            wakeUpSignals = signals.subscribe(JobWakeUps.CHANNEL, settings.pollInterval(), started.wakeUps());
            LOG.infof("Job workers started with %d threads", settings.threads());
        }
    }

    public synchronized void stop() {
        Engine running = engine;
        if (wakeUpSignals != null) {
            wakeUpSignals.cancel();
            wakeUpSignals = null;
        }
        if (running != null) {
            running.scheduler().stop();
        }
    }

    @Override
    public <P> JobId enqueue(JobType<P> type, P payload, Options options) {
        Task<Void> task = engine().tasks().get(type.name());
        if (task == null) {
            throw new IllegalArgumentException("No handler is registered for job type " + type.name());
        }
        if (!type.payloadType().isInstance(payload)) {
            throw new IllegalArgumentException("Job type " + type.name() + " carries " + type.payloadType().getName());
        }
        Instant now = clock.instant();
        Instant runAt = options.runAt().filter(at -> at.isAfter(now)).orElse(now);
        int maxAttempts = type.maxAttempts() > 0 ? type.maxAttempts() : settings.maxAttempts();
        JobId id = new JobId(UUID.randomUUID());
        String json = payloads.write(payload);
        return joining(() -> {
            Optional<JobId> holder = table.insert(new JobTable.NewJob(id, type.name(), json, options.priority(),
                    options.idempotencyKey(), maxAttempts, runAt, now));
            if (holder.isPresent()) {
                return holder.get();
            }
            schedule(task, id, options.priority(), runAt);
            return id;
        });
    }

    private void schedule(Task<Void> task, JobId id, JobPriority priority, Instant runAt) {
        engine().scheduler().schedule(task.instanceBuilder(id.toString()).priority(priority(priority)).build(), runAt,
                ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
        if (!runAt.isAfter(clock.instant())) {
            table.signalDue();
        }
    }

    @Override
    public Optional<Job> find(JobId id) {
        return table.find(id);
    }

    @Override
    public Page<Job> find(Optional<JobState> state, Optional<String> type, PageRequest page) {
        return table.find(state, type, page);
    }

    @Override
    public boolean retryDead(JobId id) {
        return joining(() -> {
            Optional<Job> job = table.find(id);
            Task<Void> task = job.map(j -> engine().tasks().get(j.type())).orElse(null);
            if (task == null || !table.revive(id, clock.instant())) {
                return false;
            }
            schedule(task, id, job.get().priority(), clock.instant());
            return true;
        });
    }

    @Override
    public boolean cancelPending(JobId id) {
        return joining(() -> {
            Optional<Job> job = table.find(id);
            if (job.isEmpty() || !table.cancel(id, clock.instant())) {
                return false;
            }
            try {
                engine().scheduler().cancel(TaskInstanceId.of(job.get().type(), id.toString()));
            } catch (TaskInstanceException claimedMeanwhile) {
                // Claimed or gone already: the runner finds the job cancelled and does not start it.
            }
            return true;
        });
    }

    @Override
    public int deleteFinished(Map<JobState, Instant> finishedBefore) {
        return joining(() -> finishedBefore.entrySet().stream()
                .mapToInt(entry -> table.deleteFinished(entry.getKey(), entry.getValue())).sum());
    }

    @Override
    public List<String> types() {
        return List.copyOf(engine().tasks().keySet());
    }

    private static Task<Void> oneTimeTask(JobHandler<?> handler, JobRunner runner) {
        return Tasks.custom(handler.type().name(), Void.class)
                .onFailure((complete, operations) -> operations.reschedule(complete,
                        complete.getTimeDone().plus(Duration.ofSeconds(30))))
                .onDeadExecutionRevive()
                .execute((instance, context) -> runner.run(handler, JobId.parse(instance.getId()).orElseThrow(),
                        context.getExecution().executionTime));
    }

    private static RecurringTask<Void> recurringTask(PeriodicJob job) {
        return Tasks.recurring(job.name(), FixedDelay.of(job.interval())).execute((instance, context) -> {
            try {
                JobRunner.inRequestContext(job::run);
            } catch (Exception e) {
                LOG.errorf(e, "Periodic job %s failed; it runs again in %s", job.name(), job.interval());
                throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
            }
        });
    }

    /** db-scheduler's scale: higher runs first. */
    private static int priority(JobPriority priority) {
        return switch (priority) {
            case LOW -> 10;
            case NORMAL -> 50;
            case HIGH -> 90;
        };
    }

    private static String instanceName() {
        String host = System.getenv().getOrDefault("HOSTNAME", "blogflow");
        return host + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 4);
    }

    private static <T> T joining(Supplier<T> work) {
        return QuarkusTransaction.joiningExisting().call(work::get);
    }
}
