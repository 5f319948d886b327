--liquibase formatted sql

--changeset blogflow:jobs-001-scheduled-tasks
--comment: db-scheduler's execution table (its PostgreSQL schema with priorities): one row per pending job or recurring task, claimed with FOR UPDATE SKIP LOCKED; picked_by and last_heartbeat are the lease.
CREATE TABLE scheduled_tasks (
    task_name            text        NOT NULL,
    task_instance        text        NOT NULL,
    task_data            bytea,
    execution_time       timestamptz NOT NULL,
    picked               boolean     NOT NULL,
    picked_by            text,
    last_success         timestamptz,
    last_failure         timestamptz,
    consecutive_failures integer,
    last_heartbeat       timestamptz,
    version              bigint      NOT NULL,
    priority             smallint,
    CONSTRAINT pk_scheduled_tasks PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX ix_scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX ix_scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
CREATE INDEX ix_scheduled_tasks_priority_execution_time ON scheduled_tasks (priority DESC, execution_time ASC);

--changeset blogflow:jobs-002-jobs
--comment: Every background job: what (type, JSON payload), when and how urgently, attempts and the last error, how it ended. Finished jobs are purged after a retention.
CREATE TABLE jobs (
    id              uuid          NOT NULL,
    type            varchar(100)  NOT NULL,
    state           varchar(20)   NOT NULL,
    payload         jsonb         NOT NULL,
    priority        varchar(10)   NOT NULL,
    idempotency_key varchar(200),
    attempts        integer       NOT NULL DEFAULT 0,
    max_attempts    integer       NOT NULL,
    run_at          timestamptz   NOT NULL,
    created_at      timestamptz   NOT NULL,
    started_at      timestamptz,
    finished_at     timestamptz,
    last_error      varchar(4000),
    CONSTRAINT pk_jobs PRIMARY KEY (id),
    CONSTRAINT ck_jobs_state CHECK (state IN ('PENDING', 'RUNNING', 'SUCCEEDED', 'DEAD', 'CANCELLED')),
    CONSTRAINT ck_jobs_priority CHECK (priority IN ('LOW', 'NORMAL', 'HIGH')),
    CONSTRAINT ck_jobs_type CHECK (type ~ '^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$'),
    CONSTRAINT ck_jobs_attempts CHECK (max_attempts >= 1 AND attempts BETWEEN 0 AND max_attempts),
    CONSTRAINT ck_jobs_finished CHECK ((state IN ('SUCCEEDED', 'DEAD', 'CANCELLED')) = (finished_at IS NOT NULL)),
    CONSTRAINT ck_jobs_running_started CHECK (state <> 'RUNNING' OR started_at IS NOT NULL),
    CONSTRAINT ck_jobs_key CHECK (idempotency_key IS NULL OR length(idempotency_key) BETWEEN 1 AND 200)
);
-- An idempotency key is unique per job type for as long as its job is kept.
CREATE UNIQUE INDEX uq_jobs_type_idempotency_key ON jobs (type, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX ix_jobs_created ON jobs (created_at DESC);
CREATE INDEX ix_jobs_state_type ON jobs (state, type);
CREATE INDEX ix_jobs_finished ON jobs (state, finished_at) WHERE finished_at IS NOT NULL;

--changeset blogflow:jobs-003-actor-ref-payloads
--comment: workflow.run-action and images.generate payloads carry who started the work as one "actor" object (ActorRef) instead of three flat fields; jobs queued by an older build are rewritten so they still run after an upgrade.
UPDATE jobs
   SET payload = (payload - 'actorId' - 'managesAllContent' - 'publishes')
                 || jsonb_build_object('actor', jsonb_build_object('id', payload -> 'actorId',
                                                                   'managesAllContent', payload -> 'managesAllContent',
                                                                   'publishes', payload -> 'publishes'))
 WHERE type IN ('workflow.run-action', 'images.generate')
   AND payload ->> 'actorId' IS NOT NULL
   AND state IN ('PENDING', 'RUNNING');
