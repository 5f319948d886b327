--liquibase formatted sql

--changeset blogflow:workflow-001-definitions
--comment: The editorial workflow's definition: a workflow has ordered stages, a stage ordered sub-stages, a sub-stage
--comment: ordered steps. Items are never deleted (no ON DELETE, the application only retires them), so posts in
--comment: progress keep pointing at what they were on; a retired item keeps its position, outside the active
--comment: ordering. Among active siblings positions are unique (a deferred exclusion constraint, so a reorder may
--comment: pass through duplicates inside its transaction; the application serialises changes on the workflow row and
--comment: keeps positions contiguous) and names unique ignoring case; keys are unique among all siblings so a key
--comment: never comes to mean another item.
CREATE TABLE workflows (
    id         uuid        NOT NULL,
    key        varchar(80) NOT NULL,
    name       varchar(80) NOT NULL,
    version    bigint      NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_workflows PRIMARY KEY (id),
    CONSTRAINT uq_workflows_key UNIQUE (key),
    CONSTRAINT ck_workflows_key_pattern CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT ck_workflows_name_not_blank CHECK (btrim(name) <> '')
);

CREATE TABLE workflow_stages (
    id         uuid        NOT NULL,
    workflow_id  uuid       NOT NULL,
    key        varchar(80) NOT NULL,
    name       varchar(80) NOT NULL,
    position   integer     NOT NULL,
    retired_at timestamptz,
    version    bigint      NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_workflow_stages PRIMARY KEY (id),
    CONSTRAINT fk_workflow_stages_parent FOREIGN KEY (workflow_id) REFERENCES workflows (id),
    CONSTRAINT uq_workflow_stages_key UNIQUE (workflow_id, key),
    CONSTRAINT uq_workflow_stages_active_position EXCLUDE USING btree (workflow_id WITH =, position WITH =)
        WHERE (retired_at IS NULL) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT ck_workflow_stages_key_pattern CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT ck_workflow_stages_name_not_blank CHECK (btrim(name) <> ''),
    CONSTRAINT ck_workflow_stages_position_positive CHECK (position >= 1)
);
CREATE UNIQUE INDEX uq_workflow_stages_active_name ON workflow_stages (workflow_id, lower(name)) WHERE retired_at IS NULL;

CREATE TABLE workflow_sub_stages (
    id         uuid        NOT NULL,
    stage_id   uuid        NOT NULL,
    key        varchar(80) NOT NULL,
    name       varchar(80) NOT NULL,
    position   integer     NOT NULL,
    retired_at timestamptz,
    version    bigint      NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_workflow_sub_stages PRIMARY KEY (id),
    CONSTRAINT fk_workflow_sub_stages_parent FOREIGN KEY (stage_id) REFERENCES workflow_stages (id),
    CONSTRAINT uq_workflow_sub_stages_key UNIQUE (stage_id, key),
    CONSTRAINT uq_workflow_sub_stages_active_position EXCLUDE USING btree (stage_id WITH =, position WITH =)
        WHERE (retired_at IS NULL) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT ck_workflow_sub_stages_key_pattern CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT ck_workflow_sub_stages_name_not_blank CHECK (btrim(name) <> ''),
    CONSTRAINT ck_workflow_sub_stages_position_positive CHECK (position >= 1)
);
CREATE UNIQUE INDEX uq_workflow_sub_stages_active_name ON workflow_sub_stages (stage_id, lower(name)) WHERE retired_at IS NULL;

-- config is checked to be an object; the API bounds it to 16 KB of compact JSON, the
-- table to 32 KB of jsonb text (which adds whitespace) as a backstop.
CREATE TABLE workflow_steps (
    id         uuid        NOT NULL,
    sub_stage_id uuid       NOT NULL,
    key        varchar(80) NOT NULL,
    name       varchar(80) NOT NULL,
    position   integer     NOT NULL,
    required   boolean     NOT NULL DEFAULT false,
    config     jsonb       NOT NULL DEFAULT '{}',
    retired_at timestamptz,
    version    bigint      NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_workflow_steps PRIMARY KEY (id),
    CONSTRAINT fk_workflow_steps_parent FOREIGN KEY (sub_stage_id) REFERENCES workflow_sub_stages (id),
    CONSTRAINT uq_workflow_steps_key UNIQUE (sub_stage_id, key),
    CONSTRAINT uq_workflow_steps_active_position EXCLUDE USING btree (sub_stage_id WITH =, position WITH =)
        WHERE (retired_at IS NULL) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT ck_workflow_steps_key_pattern CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT ck_workflow_steps_name_not_blank CHECK (btrim(name) <> ''),
    CONSTRAINT ck_workflow_steps_position_positive CHECK (position >= 1),
    CONSTRAINT ck_workflow_steps_config_object CHECK (jsonb_typeof(config) = 'object'),
    CONSTRAINT ck_workflow_steps_config_size CHECK (octet_length(config::text) <= 32768)
);
CREATE UNIQUE INDEX uq_workflow_steps_active_name ON workflow_steps (sub_stage_id, lower(name)) WHERE retired_at IS NULL;


--changeset blogflow:workflow-002-default-workflow
--comment: The default workflow, seeded once with fixed ids (a changeset runs once, atomically): stages and
--comment: sub-stages as the editorial process defines them, each sub-stage with one step that runs its default action.

INSERT INTO workflows (id, key, name) VALUES ('5eed0000-0000-4000-8000-000000000000', 'default', 'Default editorial workflow');

INSERT INTO workflow_stages (id, workflow_id, key, name, position) VALUES
    ('5eed0001-0000-4000-8000-000000000001', '5eed0000-0000-4000-8000-000000000000', 'planning', 'Planning', 1),
    ('5eed0001-0000-4000-8000-000000000002', '5eed0000-0000-4000-8000-000000000000', 'writing', 'Writing', 2),
    ('5eed0001-0000-4000-8000-000000000003', '5eed0000-0000-4000-8000-000000000000', 'structuring', 'Structuring', 3),
    ('5eed0001-0000-4000-8000-000000000004', '5eed0000-0000-4000-8000-000000000000', 'images', 'Images', 4),
    ('5eed0001-0000-4000-8000-000000000005', '5eed0000-0000-4000-8000-000000000000', 'publishing', 'Publishing', 5);

INSERT INTO workflow_sub_stages (id, stage_id, key, name, position) VALUES
    ('5eed0002-0000-4000-8000-000000000101', '5eed0001-0000-4000-8000-000000000001', 'idea', 'Idea', 1),
    ('5eed0002-0000-4000-8000-000000000102', '5eed0001-0000-4000-8000-000000000001', 'research', 'Research', 2),
    ('5eed0002-0000-4000-8000-000000000103', '5eed0001-0000-4000-8000-000000000001', 'structure', 'Structure', 3),
    ('5eed0002-0000-4000-8000-000000000201', '5eed0001-0000-4000-8000-000000000002', 'content', 'Content', 1),
    ('5eed0002-0000-4000-8000-000000000202', '5eed0001-0000-4000-8000-000000000002', 'uk-english', 'UK English', 2),
    ('5eed0002-0000-4000-8000-000000000203', '5eed0001-0000-4000-8000-000000000002', 'highlighting', 'Highlighting', 3),
    ('5eed0002-0000-4000-8000-000000000301', '5eed0001-0000-4000-8000-000000000003', 'titles', 'Titles', 1),
    ('5eed0002-0000-4000-8000-000000000302', '5eed0001-0000-4000-8000-000000000003', 'intro-conclusion', 'Intro and conclusion', 2),
    ('5eed0002-0000-4000-8000-000000000303', '5eed0001-0000-4000-8000-000000000003', 'metadata', 'Metadata', 3),
    ('5eed0002-0000-4000-8000-000000000304', '5eed0001-0000-4000-8000-000000000003', 'tags-categories', 'Tags and categories', 4),
    ('5eed0002-0000-4000-8000-000000000401', '5eed0001-0000-4000-8000-000000000004', 'concepts', 'Concepts', 1),
    ('5eed0002-0000-4000-8000-000000000402', '5eed0001-0000-4000-8000-000000000004', 'prompts', 'Prompts', 2),
    ('5eed0002-0000-4000-8000-000000000403', '5eed0001-0000-4000-8000-000000000004', 'generation', 'Generation', 3),
    ('5eed0002-0000-4000-8000-000000000404', '5eed0001-0000-4000-8000-000000000004', 'captions', 'Captions', 4),
    ('5eed0002-0000-4000-8000-000000000405', '5eed0001-0000-4000-8000-000000000004', 'watermark', 'Watermark', 5),
    ('5eed0002-0000-4000-8000-000000000501', '5eed0001-0000-4000-8000-000000000005', 'seo', 'SEO', 1),
    ('5eed0002-0000-4000-8000-000000000502', '5eed0001-0000-4000-8000-000000000005', 'self-review', 'Self review', 2),
    ('5eed0002-0000-4000-8000-000000000503', '5eed0001-0000-4000-8000-000000000005', 'peer-review', 'Peer review', 3),
    ('5eed0002-0000-4000-8000-000000000504', '5eed0001-0000-4000-8000-000000000005', 'final-check', 'Final check', 4),
    ('5eed0002-0000-4000-8000-000000000505', '5eed0001-0000-4000-8000-000000000005', 'scheduling', 'Scheduling', 5),
    ('5eed0002-0000-4000-8000-000000000506', '5eed0001-0000-4000-8000-000000000005', 'distribution', 'Distribution', 6);

INSERT INTO workflow_steps (id, sub_stage_id, key, name, position, required, config) VALUES
    ('5eed0003-0000-4000-8000-000000000101', '5eed0002-0000-4000-8000-000000000101', 'run-default-action', 'Run default action', 1, false, '{}'),
    ('5eed0003-0000-4000-8000-000000000102', '5eed0002-0000-4000-8000-000000000102', 'run-default-action', 'Run default action', 1, false, '{}'),
    ('5eed0003-0000-4000-8000-000000000103', '5eed0002-0000-4000-8000-000000000103', 'run-default-action', 'Run default action', 1, false, '{}'),
    ('5eed0003-0000-4000-8000-000000000201', '5eed0002-0000-4000-8000-000000000201', 'run-default-action', 'Run default action', 1, true, '{}'),
    ('5eed0003-0000-4000-8000-000000000202', '5eed0002-0000-4000-8000-000000000202', 'run-default-action', 'Run default action', 1, false, '{}'),
    ('5eed0003-0000-4000-8000-000000000203', '5eed0002-0000-4000-8000-000000000203', 'run-default-action', 'Run default action', 1, false, '{}'),
    ('5eed0003-0000-4000-8000-000000000301', '5eed0002-0000-4000-8000-000000000301', 'run-default-action', 'Run default action', 1, false, '{}'),
    ('5eed0003-0000-4000-8000-000000000302', '5eed0002-0000-4000-8000-000000000302', 'run-default-action', 'Run default action', 1, false, '{}'),
    ('5eed0003-0000-4000-8000-000000000303', '5eed0002-0000-4000-8000-000000000303', 'run-default-action', 'Run default action', 1, false, '{}'),
    ('5eed0003-0000-4000-8000-000000000304', '5eed0002-0000-4000-8000-000000000304', 'run-default-action', 'Run default action', 1, false, '{}'),
    ('5eed0003-0000-4000-8000-000000000401', '5eed0002-0000-4000-8000-000000000401', 'run-default-action', 'Run default action', 1, false, '{}'),
    ('5eed0003-0000-4000-8000-000000000402', '5eed0002-0000-4000-8000-000000000402', 'run-default-action', 'Run default action', 1, false, '{}'),
    ('5eed0003-0000-4000-8000-000000000403', '5eed0002-0000-4000-8000-000000000403', 'run-default-action', 'Run default action', 1, false, '{}'),
    ('5eed0003-0000-4000-8000-000000000404', '5eed0002-0000-4000-8000-000000000404', 'run-default-action', 'Run default action', 1, false, '{}'),
    ('5eed0003-0000-4000-8000-000000000405', '5eed0002-0000-4000-8000-000000000405', 'run-default-action', 'Run default action', 1, false, '{}'),
    ('5eed0003-0000-4000-8000-000000000501', '5eed0002-0000-4000-8000-000000000501', 'run-default-action', 'Run default action', 1, false, '{}'),
    ('5eed0003-0000-4000-8000-000000000502', '5eed0002-0000-4000-8000-000000000502', 'run-default-action', 'Run default action', 1, false, '{}'),
    ('5eed0003-0000-4000-8000-000000000503', '5eed0002-0000-4000-8000-000000000503', 'run-default-action', 'Run default action', 1, false, '{}'),
    ('5eed0003-0000-4000-8000-000000000504', '5eed0002-0000-4000-8000-000000000504', 'run-default-action', 'Run default action', 1, true, '{}'),
    ('5eed0003-0000-4000-8000-000000000505', '5eed0002-0000-4000-8000-000000000505', 'run-default-action', 'Run default action', 1, false, '{}'),
    ('5eed0003-0000-4000-8000-000000000506', '5eed0002-0000-4000-8000-000000000506', 'run-default-action', 'Run default action', 1, false, '{}');


--changeset blogflow:workflow-003-post-workspaces
--comment: The editorial workspace a post owns: its planning fields as one jsonb object whose keys the application
--comment: checks against the editorial field registry (text or list-of-text values, bounded lengths). One row per
--comment: post, created on the first write; a hard-deleted post takes its workspace with it. The row is also the
--comment: per-post lock that serialises changes to the workspace and its sections.
CREATE TABLE post_workspaces (
    post_id    uuid        NOT NULL,
    fields     jsonb       NOT NULL DEFAULT '{}',
    version    bigint      NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_post_workspaces PRIMARY KEY (post_id),
    CONSTRAINT fk_post_workspaces_post FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
    CONSTRAINT ck_post_workspaces_fields_object CHECK (jsonb_typeof(fields) = 'object'),
    CONSTRAINT ck_post_workspaces_fields_size CHECK (octet_length(fields::text) <= 1048576),
    CONSTRAINT ck_post_workspaces_version CHECK (version >= 0)
);


--changeset blogflow:workflow-004-post-sections
--comment: A post's ordered sections, each with its section fields as a jsonb object checked like the workspace's.
--comment: Positions are 1..n per post: unique, deferred to commit so a reorder may pass through duplicates.
CREATE TABLE post_sections (
    id         uuid        NOT NULL,
    post_id    uuid        NOT NULL,
    position   integer     NOT NULL,
    fields     jsonb       NOT NULL DEFAULT '{}',
    version    bigint      NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_post_sections PRIMARY KEY (id),
    CONSTRAINT fk_post_sections_post FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
    CONSTRAINT uq_post_sections_position UNIQUE (post_id, position) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT ck_post_sections_position_positive CHECK (position >= 1),
    CONSTRAINT ck_post_sections_fields_object CHECK (jsonb_typeof(fields) = 'object'),
    CONSTRAINT ck_post_sections_fields_size CHECK (octet_length(fields::text) <= 1048576),
    CONSTRAINT ck_post_sections_version CHECK (version >= 0)
);

--changeset blogflow:workflow-010-post-progress
--comment: Each post's way through the workflow. post_workflow is where the post stands (one row per post, created
--comment: lazily the first time its progress is read or moved; gone with the post); its version guards concurrent
--comment: moves (If-Match). The composite foreign key keeps the current sub-stage inside the current stage. Progress
--comment: records are unique per (post, stage) and per (post-stage record, sub-stage); the checks keep status and
--comment: timestamps consistent: finished (done or skipped) exactly when completed_at is set, in progress only once
--comment: started, never completed before started. Definition items are referenced without ON DELETE: they are
--comment: never deleted, only retired, and a post keeps pointing at a retired one.
ALTER TABLE workflow_sub_stages ADD CONSTRAINT uq_workflow_sub_stages_id_stage UNIQUE (id, stage_id);

CREATE TABLE post_workflow (
    post_id      uuid        NOT NULL,
    stage_id     uuid        NOT NULL,
    sub_stage_id uuid        NOT NULL,
    version      bigint      NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_post_workflow PRIMARY KEY (post_id),
    CONSTRAINT fk_post_workflow_post FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
    CONSTRAINT fk_post_workflow_stage FOREIGN KEY (stage_id) REFERENCES workflow_stages (id),
    CONSTRAINT fk_post_workflow_sub_stage FOREIGN KEY (sub_stage_id, stage_id)
        REFERENCES workflow_sub_stages (id, stage_id),
    CONSTRAINT ck_post_workflow_version_not_negative CHECK (version >= 0)
);
CREATE INDEX ix_post_workflow_stage ON post_workflow (stage_id);

CREATE TABLE post_stage_progress (
    id           uuid        NOT NULL,
    post_id      uuid        NOT NULL,
    stage_id     uuid        NOT NULL,
    status       varchar(16) NOT NULL,
    started_at   timestamptz,
    completed_at timestamptz,
    CONSTRAINT pk_post_stage_progress PRIMARY KEY (id),
    CONSTRAINT fk_post_stage_progress_post FOREIGN KEY (post_id) REFERENCES post_workflow (post_id) ON DELETE CASCADE,
    CONSTRAINT fk_post_stage_progress_stage FOREIGN KEY (stage_id) REFERENCES workflow_stages (id),
    CONSTRAINT uq_post_stage_progress_post_stage UNIQUE (post_id, stage_id),
    CONSTRAINT ck_post_stage_progress_status CHECK (status IN ('not_started', 'in_progress', 'done', 'skipped')),
    CONSTRAINT ck_post_stage_progress_completed_when_finished
        CHECK ((status IN ('done', 'skipped')) = (completed_at IS NOT NULL)),
    CONSTRAINT ck_post_stage_progress_started_when_in_progress
        CHECK (status <> 'in_progress' OR started_at IS NOT NULL),
    CONSTRAINT ck_post_stage_progress_not_started_untouched
        CHECK (status <> 'not_started' OR (started_at IS NULL AND completed_at IS NULL)),
    CONSTRAINT ck_post_stage_progress_started_before_completed
        CHECK (started_at IS NULL OR completed_at IS NULL OR started_at <= completed_at)
);
CREATE INDEX ix_post_stage_progress_stage ON post_stage_progress (stage_id);

-- Field keys are camelCase names of post fields (checked by the application, at most 50 of 80 characters).
CREATE TABLE post_sub_stage_progress (
    id                     uuid          NOT NULL,
    post_stage_progress_id uuid          NOT NULL,
    sub_stage_id           uuid          NOT NULL,
    status                 varchar(16)   NOT NULL,
    started_at             timestamptz,
    completed_at           timestamptz,
    notes                  varchar(4000),
    input_fields           text[]        NOT NULL DEFAULT '{}',
    output_fields          text[]        NOT NULL DEFAULT '{}',
    CONSTRAINT pk_post_sub_stage_progress PRIMARY KEY (id),
    CONSTRAINT fk_post_sub_stage_progress_stage_progress FOREIGN KEY (post_stage_progress_id)
        REFERENCES post_stage_progress (id) ON DELETE CASCADE,
    CONSTRAINT fk_post_sub_stage_progress_sub_stage FOREIGN KEY (sub_stage_id) REFERENCES workflow_sub_stages (id),
    CONSTRAINT uq_post_sub_stage_progress_stage_sub_stage UNIQUE (post_stage_progress_id, sub_stage_id),
    CONSTRAINT ck_post_sub_stage_progress_status CHECK (status IN ('not_started', 'in_progress', 'done', 'skipped')),
    CONSTRAINT ck_post_sub_stage_progress_completed_when_finished
        CHECK ((status IN ('done', 'skipped')) = (completed_at IS NOT NULL)),
    CONSTRAINT ck_post_sub_stage_progress_started_when_in_progress
        CHECK (status <> 'in_progress' OR started_at IS NOT NULL),
    CONSTRAINT ck_post_sub_stage_progress_not_started_untouched
        CHECK (status <> 'not_started' OR (started_at IS NULL AND completed_at IS NULL)),
    CONSTRAINT ck_post_sub_stage_progress_started_before_completed
        CHECK (started_at IS NULL OR completed_at IS NULL OR started_at <= completed_at),
    CONSTRAINT ck_post_sub_stage_progress_field_counts
        CHECK (cardinality(input_fields) <= 50 AND cardinality(output_fields) <= 50)
);
CREATE INDEX ix_post_sub_stage_progress_sub_stage ON post_sub_stage_progress (sub_stage_id);


--changeset blogflow:workflow-011-post-workflow-history splitStatements:false
--comment: Every move of a post through the workflow (start, complete, skip, advance, rewind): who, when, from, to.
--comment: Append-only: the database refuses updates and direct deletes; rows go only with their post (the cascade
--comment: from post_workflow runs inside the foreign key's own trigger, so pg_trigger_depth() is above 1 there).
--comment: actor_id has no foreign key, so the history outlives a user's account, like the audit log.
--comment: seq (identity) is the order moves were stored in, for newest-first listing.
CREATE TABLE post_workflow_history (
    id                uuid        NOT NULL,
    seq               bigint      GENERATED ALWAYS AS IDENTITY,
    post_id           uuid        NOT NULL,
    kind              varchar(16) NOT NULL,
    from_stage_id     uuid,
    from_sub_stage_id uuid,
    to_stage_id       uuid        NOT NULL,
    to_sub_stage_id   uuid        NOT NULL,
    sub_stage_id      uuid,
    actor_id          uuid        NOT NULL,
    occurred_at       timestamptz NOT NULL,
    CONSTRAINT pk_post_workflow_history PRIMARY KEY (id),
    CONSTRAINT uq_post_workflow_history_seq UNIQUE (seq),
    CONSTRAINT fk_post_workflow_history_post FOREIGN KEY (post_id) REFERENCES post_workflow (post_id)
        ON DELETE CASCADE,
    CONSTRAINT fk_post_workflow_history_to_stage FOREIGN KEY (to_stage_id) REFERENCES workflow_stages (id),
    CONSTRAINT fk_post_workflow_history_to_sub_stage FOREIGN KEY (to_sub_stage_id) REFERENCES workflow_sub_stages (id),
    CONSTRAINT fk_post_workflow_history_from_stage FOREIGN KEY (from_stage_id) REFERENCES workflow_stages (id),
    CONSTRAINT fk_post_workflow_history_from_sub_stage FOREIGN KEY (from_sub_stage_id)
        REFERENCES workflow_sub_stages (id),
    CONSTRAINT fk_post_workflow_history_sub_stage FOREIGN KEY (sub_stage_id) REFERENCES workflow_sub_stages (id),
    CONSTRAINT ck_post_workflow_history_kind CHECK (kind IN ('start', 'complete', 'skip', 'advance', 'rewind')),
    CONSTRAINT ck_post_workflow_history_acted_on CHECK ((kind IN ('start', 'complete', 'skip')) = (sub_stage_id IS NOT NULL))
);
CREATE INDEX ix_post_workflow_history_post_seq ON post_workflow_history (post_id, seq DESC);

CREATE FUNCTION post_workflow_history_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'post_workflow_history is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER tr_post_workflow_history_append_only BEFORE UPDATE OR DELETE ON post_workflow_history
    FOR EACH ROW EXECUTE FUNCTION post_workflow_history_is_append_only();


--changeset blogflow:workflow-020-actions
--comment: LLM actions (prompt + model → an editorial field) and where they are offered: ordered buttons per workflow
--comment: step and one default action per sub-stage. The prompt is referenced by name and label or version (prompts
--comment: are versioned in the llm context and resolved through its use case); models by id, with a foreign key
--comment: (ON DELETE RESTRICT) into llm_models so a model an action uses cannot vanish under it. Field keys are checked
--comment: against the field registry by the application. An action is deleted only when nothing offers it (RESTRICT).
CREATE TABLE llm_actions (
    id                uuid          NOT NULL,
    name              varchar(80)   NOT NULL,
    description       varchar(2000),
    prompt_name       varchar(80)   NOT NULL,
    prompt_label      varchar(40),
    prompt_version    integer,
    model_id          uuid          NOT NULL,
    fallback_model_id uuid,
    temperature       double precision,
    max_tokens        integer,
    timeout_ms        integer       NOT NULL DEFAULT 120000,
    input_fields      text[]        NOT NULL DEFAULT '{}',
    output_field      varchar(80)   NOT NULL,
    enabled           boolean       NOT NULL DEFAULT true,
    version           bigint        NOT NULL DEFAULT 0,
    created_at        timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT pk_llm_actions PRIMARY KEY (id),
    CONSTRAINT fk_llm_actions_model FOREIGN KEY (model_id) REFERENCES llm_models (id) ON DELETE RESTRICT,
    CONSTRAINT fk_llm_actions_fallback_model FOREIGN KEY (fallback_model_id) REFERENCES llm_models (id)
        ON DELETE RESTRICT,
    CONSTRAINT ck_llm_actions_name_not_blank CHECK (btrim(name) <> ''),
    CONSTRAINT ck_llm_actions_prompt_label_or_version CHECK ((prompt_label IS NULL) <> (prompt_version IS NULL)),
    CONSTRAINT ck_llm_actions_prompt_version CHECK (prompt_version IS NULL OR prompt_version >= 1),
    CONSTRAINT ck_llm_actions_temperature CHECK (temperature IS NULL OR temperature BETWEEN 0 AND 2),
    CONSTRAINT ck_llm_actions_max_tokens CHECK (max_tokens IS NULL OR max_tokens BETWEEN 1 AND 128000),
    CONSTRAINT ck_llm_actions_timeout CHECK (timeout_ms BETWEEN 1000 AND 600000),
    CONSTRAINT ck_llm_actions_output_field CHECK (btrim(output_field) <> ''),
    CONSTRAINT ck_llm_actions_input_count CHECK (cardinality(input_fields) <= 50)
);
-- Names are what editors pick actions by: unique ignoring case.
CREATE UNIQUE INDEX uq_llm_actions_name ON llm_actions (lower(name));
CREATE INDEX ix_llm_actions_model ON llm_actions (model_id);
CREATE INDEX ix_llm_actions_fallback_model ON llm_actions (fallback_model_id);

-- Buttons stay with their step when it is retired (they are simply not offered): no cascade, steps are never deleted.
CREATE TABLE workflow_action_buttons (
    id         uuid        NOT NULL,
    step_id    uuid        NOT NULL,
    action_id  uuid        NOT NULL,
    label      varchar(80) NOT NULL,
    position   integer     NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_workflow_action_buttons PRIMARY KEY (id),
    CONSTRAINT fk_workflow_action_buttons_step FOREIGN KEY (step_id) REFERENCES workflow_steps (id),
    CONSTRAINT fk_workflow_action_buttons_action FOREIGN KEY (action_id) REFERENCES llm_actions (id)
        ON DELETE RESTRICT,
    CONSTRAINT uq_workflow_action_buttons_position UNIQUE (step_id, position) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT ck_workflow_action_buttons_position CHECK (position >= 1),
    CONSTRAINT ck_workflow_action_buttons_label CHECK (btrim(label) <> '')
);
CREATE INDEX ix_workflow_action_buttons_action ON workflow_action_buttons (action_id);

CREATE TABLE workflow_sub_stage_default_actions (
    sub_stage_id uuid NOT NULL,
    action_id    uuid NOT NULL,
    CONSTRAINT pk_workflow_sub_stage_default_actions PRIMARY KEY (sub_stage_id),
    CONSTRAINT fk_workflow_sub_stage_default_actions_sub_stage FOREIGN KEY (sub_stage_id)
        REFERENCES workflow_sub_stages (id),
    CONSTRAINT fk_workflow_sub_stage_default_actions_action FOREIGN KEY (action_id) REFERENCES llm_actions (id)
        ON DELETE RESTRICT
);
CREATE INDEX ix_workflow_sub_stage_default_actions_action ON workflow_sub_stage_default_actions (action_id);

--changeset blogflow:workflow-030-action-runs
--comment: Action history: one row per action run on a post (or one of its sections), from start to outcome. The
--comment: id is the trace id of the run's LLM interactions. The action is kept by id and by name without a foreign
--comment: key, so history outlives a deleted action. An idempotency key is unique per post: a retried request
--comment: finds the run its first attempt started instead of generating (and paying) twice.
CREATE TABLE workflow_action_runs (
    id               uuid          NOT NULL,
    post_id          uuid          NOT NULL,
    section_id       uuid,
    action_id        uuid          NOT NULL,
    action_name      varchar(200),
    output_field     varchar(60)   NOT NULL,
    idempotency_key  varchar(200),
    actor_id         uuid          NOT NULL,
    streamed         boolean       NOT NULL,
    status           varchar(20)   NOT NULL,
    prompt_name      varchar(80),
    prompt_version   integer,
    model_name       varchar(200),
    attempts         integer       NOT NULL DEFAULT 0,
    input_tokens     integer       NOT NULL DEFAULT 0,
    output_tokens    integer       NOT NULL DEFAULT 0,
    cost             numeric(20,8) NOT NULL DEFAULT 0,
    output           text,
    previous_value   jsonb,
    error_type       varchar(40),
    error_code       varchar(200),
    error_http_status integer,
    error_message    varchar(2000),
    started_at       timestamptz   NOT NULL,
    finished_at      timestamptz,
    CONSTRAINT pk_workflow_action_runs PRIMARY KEY (id),
    CONSTRAINT fk_workflow_action_runs_post FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
    CONSTRAINT fk_workflow_action_runs_section FOREIGN KEY (section_id) REFERENCES post_sections (id)
        ON DELETE SET NULL,
    CONSTRAINT uq_workflow_action_runs_idempotency UNIQUE (post_id, idempotency_key),
    CONSTRAINT ck_workflow_action_runs_status CHECK (status IN ('running', 'succeeded', 'failed')),
    CONSTRAINT ck_workflow_action_runs_finished CHECK ((status = 'running') = (finished_at IS NULL)),
    CONSTRAINT ck_workflow_action_runs_error CHECK ((status = 'failed') = (error_type IS NOT NULL)),
    CONSTRAINT ck_workflow_action_runs_times CHECK (finished_at IS NULL OR finished_at >= started_at),
    CONSTRAINT ck_workflow_action_runs_usage CHECK (attempts >= 0 AND input_tokens >= 0 AND output_tokens >= 0
        AND cost >= 0),
    CONSTRAINT ck_workflow_action_runs_key CHECK (idempotency_key IS NULL OR length(idempotency_key) BETWEEN 1 AND 200)
);
CREATE INDEX ix_workflow_action_runs_post_started ON workflow_action_runs (post_id, started_at DESC, id DESC);
