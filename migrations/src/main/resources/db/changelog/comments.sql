--liquibase formatted sql

--changeset blogflow:comments-001-comments
--comment: Readers' comments on posts, threaded by parent_id (root_id = the top-level comment of the thread, itself for a top-level one). The email is sealed (AES-GCM) with a keyed hash beside it for "previously approved author" and GDPR lookups; it is never served publicly.
CREATE TABLE comments (
    id               uuid          NOT NULL,
    post_id          uuid          NOT NULL,
    parent_id        uuid,
    root_id          uuid          NOT NULL,
    depth            integer       NOT NULL,
    author_name      varchar(80)   NOT NULL,
    author_email     bytea,
    email_hash       varchar(64),
    author_url       varchar(300),
    user_id          uuid,
    body             text          NOT NULL,
    body_html        text          NOT NULL,
    body_digest      varchar(64)   NOT NULL,
    state            varchar(10)   NOT NULL,
    restore_state    varchar(10),
    spam_reasons     text[]        NOT NULL DEFAULT '{}',
    notify_on_reply  boolean       NOT NULL DEFAULT false,
    reply_notified   boolean       NOT NULL DEFAULT false,
    created_at       timestamptz   NOT NULL,
    updated_at       timestamptz   NOT NULL,
    version          bigint        NOT NULL DEFAULT 0,
    CONSTRAINT pk_comments PRIMARY KEY (id),
    CONSTRAINT fk_comments_post FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
    CONSTRAINT fk_comments_parent FOREIGN KEY (parent_id) REFERENCES comments (id) ON DELETE CASCADE,
    CONSTRAINT fk_comments_root FOREIGN KEY (root_id) REFERENCES comments (id) ON DELETE CASCADE,
    CONSTRAINT fk_comments_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT ck_comments_state CHECK (state IN ('PENDING', 'APPROVED', 'SPAM', 'TRASH')),
    CONSTRAINT ck_comments_restore_state CHECK (restore_state IS NULL OR restore_state IN ('PENDING', 'APPROVED')),
    CONSTRAINT ck_comments_depth CHECK (depth >= 1 AND depth <= 20),
    CONSTRAINT ck_comments_thread CHECK ((parent_id IS NULL) = (depth = 1) AND (parent_id IS NOT NULL OR root_id = id)),
    CONSTRAINT ck_comments_author_name CHECK (length(btrim(author_name)) >= 1),
    CONSTRAINT ck_comments_email_pair CHECK ((author_email IS NULL) = (email_hash IS NULL)),
    CONSTRAINT ck_comments_email_hash CHECK (email_hash IS NULL OR email_hash ~ '^[0-9a-f]{64}$'),
    CONSTRAINT ck_comments_author_url CHECK (author_url IS NULL OR author_url ~* '^https?://'),
    CONSTRAINT ck_comments_body CHECK (length(body) BETWEEN 1 AND 20000)
);
CREATE INDEX ix_comments_post_roots ON comments (post_id, created_at, id) WHERE parent_id IS NULL;
CREATE INDEX ix_comments_root ON comments (root_id);
CREATE INDEX ix_comments_parent ON comments (parent_id);
CREATE INDEX ix_comments_state_created ON comments (state, created_at DESC, id DESC);
CREATE INDEX ix_comments_email_hash ON comments (email_hash) WHERE email_hash IS NOT NULL;
CREATE INDEX ix_comments_user ON comments (user_id) WHERE user_id IS NOT NULL;
CREATE INDEX ix_comments_digest_created ON comments (body_digest, created_at);

--changeset blogflow:comments-002-post-comment-counts splitStatements:false
--comment: Per post: the number of approved comments and a revision bumped by every change to the post's comments (the public thread's ETag). Kept by a trigger in the same transaction as the change, so the count is exact under concurrency and never touches the posts row (its cache-invalidating path).
CREATE TABLE post_comment_counts (
    post_id        uuid        NOT NULL,
    approved_count integer     NOT NULL DEFAULT 0,
    revision       bigint      NOT NULL DEFAULT 0,
    CONSTRAINT pk_post_comment_counts PRIMARY KEY (post_id),
    CONSTRAINT fk_post_comment_counts_post FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
    CONSTRAINT ck_post_comment_counts_approved CHECK (approved_count >= 0)
);

CREATE FUNCTION comments_count_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    delta integer := 0;
    target uuid;
BEGIN
    IF TG_OP = 'INSERT' THEN
        target := NEW.post_id;
        delta := CASE WHEN NEW.state = 'APPROVED' THEN 1 ELSE 0 END;
    ELSIF TG_OP = 'DELETE' THEN
        target := OLD.post_id;
        delta := CASE WHEN OLD.state = 'APPROVED' THEN -1 ELSE 0 END;
    ELSE
        target := NEW.post_id;
        delta := (CASE WHEN NEW.state = 'APPROVED' THEN 1 ELSE 0 END)
               - (CASE WHEN OLD.state = 'APPROVED' THEN 1 ELSE 0 END);
    END IF;
    IF TG_OP = 'DELETE' THEN
        -- also while the post itself is deleted and its comments cascade: then there is no row left to update
        UPDATE post_comment_counts SET approved_count = approved_count + delta, revision = revision + 1
        WHERE post_id = target;
    ELSE
        INSERT INTO post_comment_counts AS c (post_id, approved_count, revision)
        VALUES (target, greatest(delta, 0), 1)
        ON CONFLICT (post_id) DO UPDATE SET approved_count = c.approved_count + delta, revision = c.revision + 1;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER trg_comments_count_changes AFTER INSERT OR UPDATE OR DELETE ON comments
    FOR EACH ROW EXECUTE FUNCTION comments_count_changes();

--changeset blogflow:comments-003-settings-and-blocklist
--comment: Posts whose comments were closed by hand (closing by age is configuration), and the admin-edited spam blocklist.
CREATE TABLE comment_post_settings (
    post_id    uuid        NOT NULL,
    closed     boolean     NOT NULL,
    updated_at timestamptz NOT NULL,
    CONSTRAINT pk_comment_post_settings PRIMARY KEY (post_id),
    CONSTRAINT fk_comment_post_settings_post FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE
);
CREATE TABLE comment_blocklist (
    kind       varchar(10)  NOT NULL,
    value      varchar(254) NOT NULL,
    CONSTRAINT pk_comment_blocklist PRIMARY KEY (kind, value),
    CONSTRAINT ck_comment_blocklist_kind CHECK (kind IN ('word', 'domain', 'address')),
    CONSTRAINT ck_comment_blocklist_value CHECK (length(value) >= 1 AND value = lower(value))
);

--changeset blogflow:comments-004-moderation-reasons
--comment: Why screening held a comment for a moderator (the optional LLM moderation check's reasons, or that it could not be asked), beside the spam rules' reasons.
ALTER TABLE comments ADD COLUMN moderation_reasons text[] NOT NULL DEFAULT '{}';
ALTER TABLE comments ADD CONSTRAINT ck_comments_moderation_reasons CHECK (cardinality(moderation_reasons) <= 10);
