--liquibase formatted sql

--changeset blogflow:engagement-001-likes-and-shares splitStatements:false
--comment: Reader likes (one per visitor: only the keyed hash of the visitor's key is stored) and shares, and their counts. The counts live apart from posts, kept by the triggers below in the transaction of the row they count, so a like never writes the posts row (whose change would empty every instance's public cache) and concurrent likes queue on one count row instead of losing updates.
CREATE TABLE post_engagement_counts (
    post_id     uuid   NOT NULL,
    like_count  bigint NOT NULL DEFAULT 0,
    share_count bigint NOT NULL DEFAULT 0,
    CONSTRAINT pk_post_engagement_counts PRIMARY KEY (post_id),
    CONSTRAINT fk_post_engagement_counts_post FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
    CONSTRAINT ck_post_engagement_counts_positive CHECK (like_count >= 0 AND share_count >= 0)
);
CREATE TABLE post_likes (
    post_id          uuid        NOT NULL,
    fingerprint_hash char(64)    NOT NULL,
    created_at       timestamptz NOT NULL,
    CONSTRAINT pk_post_likes PRIMARY KEY (post_id, fingerprint_hash),
    CONSTRAINT fk_post_likes_post FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
    CONSTRAINT ck_post_likes_fingerprint CHECK (fingerprint_hash ~ '^[0-9a-f]{64}$')
);
CREATE TABLE post_shares (
    id         uuid        NOT NULL,
    post_id    uuid        NOT NULL,
    network    varchar(32) NOT NULL,
    created_at timestamptz NOT NULL,
    CONSTRAINT pk_post_shares PRIMARY KEY (id),
    CONSTRAINT fk_post_shares_post FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
    CONSTRAINT ck_post_shares_network CHECK (network ~ '^[a-z][a-z0-9-]{0,31}$')
);
CREATE INDEX ix_post_shares_post_created ON post_shares (post_id, created_at);
-- Comment likes are keyed by the comment's id alone: the comments live in their own context (no foreign key here).
CREATE TABLE comment_like_counts (
    comment_id uuid   NOT NULL,
    like_count bigint NOT NULL DEFAULT 0,
    CONSTRAINT pk_comment_like_counts PRIMARY KEY (comment_id),
    CONSTRAINT ck_comment_like_counts_positive CHECK (like_count >= 0)
);
CREATE TABLE comment_likes (
    comment_id       uuid        NOT NULL,
    fingerprint_hash char(64)    NOT NULL,
    created_at       timestamptz NOT NULL,
    CONSTRAINT pk_comment_likes PRIMARY KEY (comment_id, fingerprint_hash),
    CONSTRAINT ck_comment_likes_fingerprint CHECK (fingerprint_hash ~ '^[0-9a-f]{64}$')
);

CREATE FUNCTION count_post_likes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO post_engagement_counts (post_id, like_count) VALUES (NEW.post_id, 1)
        ON CONFLICT (post_id) DO UPDATE SET like_count = post_engagement_counts.like_count + 1;
    ELSE
        UPDATE post_engagement_counts SET like_count = like_count - 1 WHERE post_id = OLD.post_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER tr_post_likes_count AFTER INSERT OR DELETE ON post_likes
    FOR EACH ROW EXECUTE FUNCTION count_post_likes();

CREATE FUNCTION count_post_shares() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO post_engagement_counts (post_id, share_count) VALUES (NEW.post_id, 1)
        ON CONFLICT (post_id) DO UPDATE SET share_count = post_engagement_counts.share_count + 1;
    ELSE
        UPDATE post_engagement_counts SET share_count = share_count - 1 WHERE post_id = OLD.post_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER tr_post_shares_count AFTER INSERT OR DELETE ON post_shares
    FOR EACH ROW EXECUTE FUNCTION count_post_shares();

CREATE FUNCTION count_comment_likes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO comment_like_counts (comment_id, like_count) VALUES (NEW.comment_id, 1)
        ON CONFLICT (comment_id) DO UPDATE SET like_count = comment_like_counts.like_count + 1;
    ELSE
        UPDATE comment_like_counts SET like_count = like_count - 1 WHERE comment_id = OLD.comment_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER tr_comment_likes_count AFTER INSERT OR DELETE ON comment_likes
    FOR EACH ROW EXECUTE FUNCTION count_comment_likes();

--changeset blogflow:engagement-002-newsletter-subscribers
--comment: Newsletter subscribers with double opt-in. The address and name are personal data: sealed at rest (AES-256-GCM, bound to the row), the address found by its keyed hash (one subscription per mailbox). Consent is recorded (when, which form, which consent text). A confirmation token is kept only as its hash, valid until confirmation_expires_at.
CREATE TABLE newsletter_subscribers (
    id                      uuid         NOT NULL,
    email_hash              char(64)     NOT NULL,
    email_sealed            bytea        NOT NULL,
    name_sealed             bytea,
    topics                  text[]       NOT NULL DEFAULT '{}',
    state                   varchar(20)  NOT NULL,
    consent_at              timestamptz  NOT NULL,
    consent_source          varchar(100) NOT NULL,
    consent_text_version    varchar(50)  NOT NULL,
    confirmation_hash       char(64),
    confirmation_expires_at timestamptz,
    created_at              timestamptz  NOT NULL,
    confirmed_at            timestamptz,
    state_changed_at        timestamptz  NOT NULL,
    CONSTRAINT pk_newsletter_subscribers PRIMARY KEY (id),
    CONSTRAINT uq_newsletter_subscribers_email UNIQUE (email_hash),
    CONSTRAINT uq_newsletter_subscribers_confirmation UNIQUE (confirmation_hash),
    CONSTRAINT ck_newsletter_subscribers_state
        CHECK (state IN ('PENDING', 'ACTIVE', 'UNSUBSCRIBED', 'BOUNCED', 'COMPLAINED')),
    CONSTRAINT ck_newsletter_subscribers_hashes
        CHECK (email_hash ~ '^[0-9a-f]{64}$' AND (confirmation_hash IS NULL OR confirmation_hash ~ '^[0-9a-f]{64}$')),
    CONSTRAINT ck_newsletter_subscribers_confirmation
        CHECK ((confirmation_hash IS NULL) = (confirmation_expires_at IS NULL)
            AND (state = 'PENDING' OR confirmation_hash IS NULL)),
    CONSTRAINT ck_newsletter_subscribers_active_confirmed CHECK (state <> 'ACTIVE' OR confirmed_at IS NOT NULL),
    CONSTRAINT ck_newsletter_subscribers_topics CHECK (cardinality(topics) <= 20)
);
CREATE INDEX ix_newsletter_subscribers_state ON newsletter_subscribers (state, id);
CREATE INDEX ix_newsletter_subscribers_topics ON newsletter_subscribers USING gin (topics) WHERE state = 'ACTIVE';

--changeset blogflow:engagement-003-newsletter-issues
--comment: A post's newsletter: one issue per post (its first publication only), what it says (kept at publication time), and one delivery row per (post, subscriber), unique, written in the same transaction as that subscriber's queued mail: a send that stops half way resumes where it stopped, and no subscriber gets a post twice.
CREATE TABLE newsletter_issues (
    post_id     uuid          NOT NULL,
    title       varchar(300)  NOT NULL,
    excerpt     varchar(2000) NOT NULL,
    url         varchar(2048) NOT NULL,
    topics      text[]        NOT NULL DEFAULT '{}',
    created_at  timestamptz   NOT NULL,
    finished_at timestamptz,
    recipients  integer       NOT NULL DEFAULT 0,
    CONSTRAINT pk_newsletter_issues PRIMARY KEY (post_id),
    CONSTRAINT fk_newsletter_issues_post FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
    CONSTRAINT ck_newsletter_issues_recipients CHECK (recipients >= 0)
);
CREATE TABLE newsletter_deliveries (
    post_id       uuid        NOT NULL,
    subscriber_id uuid        NOT NULL,
    queued_at     timestamptz NOT NULL,
    CONSTRAINT pk_newsletter_deliveries PRIMARY KEY (post_id, subscriber_id),
    CONSTRAINT fk_newsletter_deliveries_issue FOREIGN KEY (post_id) REFERENCES newsletter_issues (post_id)
        ON DELETE CASCADE,
    CONSTRAINT fk_newsletter_deliveries_subscriber FOREIGN KEY (subscriber_id) REFERENCES newsletter_subscribers (id)
        ON DELETE CASCADE
);
CREATE INDEX ix_newsletter_deliveries_subscriber ON newsletter_deliveries (subscriber_id);
