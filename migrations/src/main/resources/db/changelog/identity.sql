--liquibase formatted sql

--changeset blogflow:identity-001-users
--comment: Accounts, their author profile and preferences (1:1), sessions with rotating refresh tokens, API tokens.
CREATE TABLE users (
    id                    uuid         NOT NULL,
    name                  varchar(100) NOT NULL,
    email                 varchar(254) NOT NULL,
    password_hash         varchar(255) NOT NULL,
    role                  varchar(20)  NOT NULL,
    is_active             boolean      NOT NULL DEFAULT true,
    last_login_at         timestamptz,
    failed_login_attempts integer      NOT NULL DEFAULT 0,
    locked_until          timestamptz,
    password_changed_at   timestamptz  NOT NULL,
    created_at            timestamptz  NOT NULL,
    updated_at            timestamptz  NOT NULL,
    deleted_at            timestamptz,
    version               bigint       NOT NULL DEFAULT 0,
    CONSTRAINT pk_users PRIMARY KEY (id),
    CONSTRAINT ck_users_role CHECK (role IN ('CONTRIBUTOR', 'AUTHOR', 'EDITOR', 'ADMIN')),
    CONSTRAINT ck_users_email_lower CHECK (email = lower(email)),
    CONSTRAINT ck_users_failed_attempts CHECK (failed_login_attempts >= 0),
    CONSTRAINT ck_users_updated_after_created CHECK (updated_at >= created_at)
);
-- Emails are unique case-insensitively (stored lower-case); erased accounts keep a unique placeholder.
CREATE UNIQUE INDEX uq_users_email ON users (email);

CREATE TABLE author_profiles (
    user_id          uuid          NOT NULL,
    bio              varchar(2000),
    avatar_url       varchar(2048),
    linkedin_url     varchar(2048),
    expertise_topics text[]        NOT NULL DEFAULT '{}',
    CONSTRAINT pk_author_profiles PRIMARY KEY (user_id),
    CONSTRAINT fk_author_profiles_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE TABLE user_preferences (
    user_id                 uuid         NOT NULL,
    timezone                varchar(64)  NOT NULL DEFAULT 'UTC',
    default_posting_time    time,
    content_tone            varchar(100),
    notify_on_review        boolean      NOT NULL DEFAULT true,
    notify_on_publish       boolean      NOT NULL DEFAULT true,
    notify_on_comment       boolean      NOT NULL DEFAULT false,
    CONSTRAINT pk_user_preferences PRIMARY KEY (user_id),
    CONSTRAINT fk_user_preferences_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

--changeset blogflow:identity-002-sessions
CREATE TABLE sessions (
    id           uuid          NOT NULL,
    user_id      uuid          NOT NULL,
    ip           varchar(45),
    user_agent   varchar(512),
    created_at   timestamptz   NOT NULL,
    last_used_at timestamptz   NOT NULL,
    expires_at   timestamptz   NOT NULL,
    revoked_at   timestamptz,
    revoke_reason varchar(50),
    CONSTRAINT pk_sessions PRIMARY KEY (id),
    CONSTRAINT fk_sessions_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT ck_sessions_expiry CHECK (expires_at > created_at)
);
CREATE INDEX ix_sessions_user ON sessions (user_id) WHERE revoked_at IS NULL;

-- Every refresh token ever issued for a session: only a SHA-256 hash is kept. A rotated token presented again
-- outside the grace window is reuse and revokes the whole session (the token family).
CREATE TABLE refresh_tokens (
    token_hash  char(64)    NOT NULL,
    session_id  uuid        NOT NULL,
    issued_at   timestamptz NOT NULL,
    rotated_at  timestamptz,
    CONSTRAINT pk_refresh_tokens PRIMARY KEY (token_hash),
    CONSTRAINT fk_refresh_tokens_session FOREIGN KEY (session_id) REFERENCES sessions (id) ON DELETE CASCADE
);
CREATE INDEX ix_refresh_tokens_session ON refresh_tokens (session_id);

--changeset blogflow:identity-003-api-tokens
--comment: Scoped API tokens for machine clients. The secret is shown once; only its SHA-256 is stored.
CREATE TABLE api_tokens (
    id           uuid         NOT NULL,
    user_id      uuid         NOT NULL,
    name         varchar(100) NOT NULL,
    token_prefix varchar(12)  NOT NULL,
    token_hash   char(64)     NOT NULL,
    scopes       text[]       NOT NULL,
    created_at   timestamptz  NOT NULL,
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    CONSTRAINT pk_api_tokens PRIMARY KEY (id),
    CONSTRAINT uq_api_tokens_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_tokens_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT ck_api_tokens_scopes CHECK (cardinality(scopes) > 0),
    CONSTRAINT ck_api_tokens_expiry CHECK (expires_at IS NULL OR expires_at > created_at)
);
CREATE INDEX ix_api_tokens_user ON api_tokens (user_id);

--changeset blogflow:identity-010-account-tokens
--comment: Single-use tokens mailed for email verification, email change, password reset and invitations; only the SHA-256 of the secret is kept.
CREATE TABLE account_tokens (
    token_hash  char(64)     NOT NULL,
    purpose     varchar(20)  NOT NULL,
    user_id     uuid,
    email       varchar(254) NOT NULL,
    role        varchar(20),
    created_by  uuid,
    created_at  timestamptz  NOT NULL,
    expires_at  timestamptz  NOT NULL,
    used_at     timestamptz,
    CONSTRAINT pk_account_tokens PRIMARY KEY (token_hash),
    CONSTRAINT fk_account_tokens_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_account_tokens_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT ck_account_tokens_purpose CHECK (purpose IN ('VERIFY_EMAIL', 'CHANGE_EMAIL', 'RESET_PASSWORD', 'INVITATION')),
    CONSTRAINT ck_account_tokens_owner CHECK ((purpose = 'INVITATION') = (user_id IS NULL)),
    CONSTRAINT ck_account_tokens_role CHECK ((purpose = 'INVITATION') = (role IS NOT NULL)
        AND (role IS NULL OR role IN ('CONTRIBUTOR', 'AUTHOR', 'EDITOR', 'ADMIN'))),
    CONSTRAINT ck_account_tokens_email_lower CHECK (email = lower(email)),
    CONSTRAINT ck_account_tokens_expiry CHECK (expires_at > created_at),
    CONSTRAINT ck_account_tokens_used CHECK (used_at IS NULL OR used_at >= created_at)
);
CREATE INDEX ix_account_tokens_user ON account_tokens (user_id);
CREATE INDEX ix_account_tokens_expires ON account_tokens (expires_at);
