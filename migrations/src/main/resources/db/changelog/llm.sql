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
