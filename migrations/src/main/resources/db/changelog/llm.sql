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
