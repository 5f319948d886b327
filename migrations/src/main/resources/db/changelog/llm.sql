--liquibase formatted sql

--changeset blogflow:llm-001-providers
--comment: LLM providers the application may call. The auth token is stored only AES-256-GCM sealed
--comment: ([format][12-byte nonce][ciphertext][16-byte tag], bound to the row's id), never in plain text; the
--comment: application checks the URL against the SSRF allow-list, the database keeps the shape rules.
CREATE TABLE llm_providers (
    id                 uuid          NOT NULL,
    name               varchar(80)   NOT NULL,
    type               varchar(20)   NOT NULL,
    base_url           varchar(2000) NOT NULL,
    auth_token_sealed  bytea,
    connect_timeout_ms integer       NOT NULL,
    read_timeout_ms    integer       NOT NULL,
    enabled            boolean       NOT NULL DEFAULT true,
    version            bigint        NOT NULL DEFAULT 0,
    CONSTRAINT pk_llm_providers PRIMARY KEY (id),
    -- the wire protocols the gateway speaks
    CONSTRAINT ck_llm_providers_type CHECK (type IN ('openai', 'ollama')),
    CONSTRAINT ck_llm_providers_base_url_http CHECK (base_url ~* '^https?://'),
    -- 1 s to 10 min: a stuck provider must not hold a worker thread forever
    CONSTRAINT ck_llm_providers_connect_timeout CHECK (connect_timeout_ms BETWEEN 1000 AND 600000),
    CONSTRAINT ck_llm_providers_read_timeout CHECK (read_timeout_ms BETWEEN 1000 AND 600000),
    -- a sealed token is at least format byte + nonce + tag + one byte: a short value is a plain-text leak or a bug
    CONSTRAINT ck_llm_providers_token_sealed CHECK (auth_token_sealed IS NULL OR octet_length(auth_token_sealed) >= 30)
);
-- Names are what editors pick providers by: unique ignoring case.
CREATE UNIQUE INDEX uq_llm_providers_name ON llm_providers (lower(name));

--changeset blogflow:llm-002-models
--comment: Models per provider, with the prices cost tracking multiplies token counts by. Deleting a provider does
--comment: not cascade here (RESTRICT): the application deletes its models explicitly only when asked (cascade=true).
CREATE TABLE llm_models (
    id                       uuid          NOT NULL,
    provider_id              uuid          NOT NULL,
    name                     varchar(200)  NOT NULL,
    description              varchar(2000),
    strengths                varchar(2000),
    weaknesses               varchar(2000),
    default_params           jsonb         NOT NULL DEFAULT '{}'::jsonb,
    input_price_per_million  numeric(12,6) NOT NULL DEFAULT 0,
    output_price_per_million numeric(12,6) NOT NULL DEFAULT 0,
    enabled                  boolean       NOT NULL DEFAULT true,
    version                  bigint        NOT NULL DEFAULT 0,
    CONSTRAINT pk_llm_models PRIMARY KEY (id),
    CONSTRAINT fk_llm_models_provider FOREIGN KEY (provider_id) REFERENCES llm_providers (id) ON DELETE RESTRICT,
    -- the provider's own model name (case matters to providers: llama3 and Llama3 may differ)
    CONSTRAINT uq_llm_models_provider_name UNIQUE (provider_id, name),
    CONSTRAINT ck_llm_models_name_no_space CHECK (name ~ '^\S+$'),
    CONSTRAINT ck_llm_models_default_params_object CHECK (jsonb_typeof(default_params) = 'object'),
    CONSTRAINT ck_llm_models_input_price CHECK (input_price_per_million >= 0),
    CONSTRAINT ck_llm_models_output_price CHECK (output_price_per_million >= 0)
);

--changeset blogflow:llm-003-prompts splitStatements:false
--comment: Versioned prompts. A prompt (unique name) has immutable versions 1..n (a trigger refuses updates) and labels,
--comment: each pointing at exactly one of its versions (production and latest always exist; custom labels may).
--comment: llm_prompts.version is the prompt's change counter (its ETag), moved by new versions and label changes.
CREATE TABLE llm_prompts (
    id         uuid        NOT NULL,
    name       varchar(80) NOT NULL,
    version    bigint      NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL,
    created_by uuid,
    CONSTRAINT pk_llm_prompts PRIMARY KEY (id),
    CONSTRAINT uq_llm_prompts_name UNIQUE (name),
    CONSTRAINT ck_llm_prompts_name CHECK (name ~ '^[a-z0-9][a-z0-9._-]{0,79}$'),
    CONSTRAINT ck_llm_prompts_version CHECK (version >= 0)
);

CREATE TABLE llm_prompt_versions (
    id            uuid        NOT NULL,
    prompt_id     uuid        NOT NULL,
    version       integer     NOT NULL,
    system_prompt text,
    template      text        NOT NULL,
    parameters    jsonb       NOT NULL DEFAULT '{}'::jsonb,
    created_at    timestamptz NOT NULL,
    created_by    uuid,
    CONSTRAINT pk_llm_prompt_versions PRIMARY KEY (id),
    CONSTRAINT fk_llm_prompt_versions_prompt FOREIGN KEY (prompt_id) REFERENCES llm_prompts (id) ON DELETE CASCADE,
    CONSTRAINT uq_llm_prompt_versions_prompt_version UNIQUE (prompt_id, version),
    CONSTRAINT ck_llm_prompt_versions_version CHECK (version >= 1),
    CONSTRAINT ck_llm_prompt_versions_template CHECK (btrim(template) <> '' AND char_length(template) <= 50000),
    CONSTRAINT ck_llm_prompt_versions_system_prompt CHECK (system_prompt IS NULL OR char_length(system_prompt) <= 50000),
    CONSTRAINT ck_llm_prompt_versions_parameters_object CHECK (jsonb_typeof(parameters) = 'object')
);

CREATE FUNCTION llm_prompt_versions_are_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'llm_prompt_versions are immutable: add a new version instead' USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER tr_llm_prompt_versions_immutable BEFORE UPDATE ON llm_prompt_versions
    FOR EACH ROW EXECUTE FUNCTION llm_prompt_versions_are_immutable();

CREATE TABLE llm_prompt_labels (
    prompt_id uuid        NOT NULL,
    label     varchar(40) NOT NULL,
    version   integer     NOT NULL,
    CONSTRAINT pk_llm_prompt_labels PRIMARY KEY (prompt_id, label),
    CONSTRAINT fk_llm_prompt_labels_version FOREIGN KEY (prompt_id, version)
        REFERENCES llm_prompt_versions (prompt_id, version) ON DELETE CASCADE,
    CONSTRAINT ck_llm_prompt_labels_label CHECK (label ~ '^[a-z0-9][a-z0-9-]{0,39}$')
);

--changeset blogflow:llm-010-interactions splitStatements:false
--comment: The log of provider calls, one row per attempt (a Langfuse "generation"), grouped by trace (the action run).
--comment: Provider and model are kept by id and by name: the log outlives the registry entries it names, so no FKs.
--comment: Rows are facts: a trigger refuses updates (deleting old rows for retention stays possible).
CREATE TABLE llm_interactions (
    id                    uuid          NOT NULL,
    trace_id              uuid          NOT NULL,
    attempt               integer       NOT NULL,
    fallback              boolean       NOT NULL,
    prompt_name           varchar(80),
    prompt_version        integer,
    provider_id           uuid,
    provider_name         varchar(80),
    model_id              uuid          NOT NULL,
    model_name            varchar(200),
    system_prompt         text,
    input                 text          NOT NULL,
    temperature           double precision,
    max_tokens            integer,
    timeout_ms            bigint        NOT NULL,
    streamed              boolean       NOT NULL,
    status                varchar(20)   NOT NULL,
    output                text,
    input_tokens          integer,
    output_tokens         integer,
    cost                  numeric(20,8) NOT NULL DEFAULT 0,
    latency_ms            bigint        NOT NULL,
    time_to_first_token_ms bigint,
    finish_reason         varchar(40),
    error_type            varchar(40),
    error_code            varchar(200),
    http_status           integer,
    error_message         varchar(2000),
    created_at            timestamptz   NOT NULL,
    CONSTRAINT pk_llm_interactions PRIMARY KEY (id),
    CONSTRAINT uq_llm_interactions_trace_attempt UNIQUE (trace_id, attempt),
    CONSTRAINT ck_llm_interactions_attempt CHECK (attempt >= 1),
    CONSTRAINT ck_llm_interactions_status CHECK (status IN ('succeeded', 'failed')),
    -- a failure always says why; a success never carries an error
    CONSTRAINT ck_llm_interactions_error CHECK ((status = 'failed') = (error_type IS NOT NULL)),
    CONSTRAINT ck_llm_interactions_tokens CHECK (coalesce(input_tokens, 0) >= 0 AND coalesce(output_tokens, 0) >= 0),
    CONSTRAINT ck_llm_interactions_cost CHECK (cost >= 0),
    CONSTRAINT ck_llm_interactions_latency CHECK (latency_ms >= 0 AND coalesce(time_to_first_token_ms, 0) >= 0)
);
CREATE INDEX ix_llm_interactions_created ON llm_interactions (created_at DESC);
CREATE INDEX ix_llm_interactions_model_created ON llm_interactions (model_id, created_at DESC);

CREATE FUNCTION llm_interactions_are_facts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'llm_interactions rows are not updated' USING ERRCODE = 'check_violation';
END
$$;
CREATE TRIGGER tr_llm_interactions_no_update BEFORE UPDATE ON llm_interactions
    FOR EACH ROW EXECUTE FUNCTION llm_interactions_are_facts();

--changeset blogflow:llm-011-image-provider-types
-- automatic1111 (Stable Diffusion web UI) is an image-only provider type; OpenAI providers serve images too.
ALTER TABLE llm_providers DROP CONSTRAINT ck_llm_providers_type;
ALTER TABLE llm_providers ADD CONSTRAINT ck_llm_providers_type CHECK (type IN ('openai', 'ollama', 'automatic1111'));

--changeset blogflow:llm-012-registered-provider-types
-- Provider types come from the protocols the adapter modules register at start-up, not from a list kept here:
-- the database checks only their shape (a lower-case code), as ProviderType does.
ALTER TABLE llm_providers DROP CONSTRAINT ck_llm_providers_type;
ALTER TABLE llm_providers ADD CONSTRAINT ck_llm_providers_type CHECK (type ~ '^[a-z][a-z0-9-]{0,19}$');
