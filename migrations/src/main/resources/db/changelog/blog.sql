--liquibase formatted sql

--changeset blogflow:blog-001-posts
--comment: Posts of the blog context: the draft slice of the foundation.
CREATE TABLE posts (
    id               uuid         NOT NULL,
    title            varchar(200) NOT NULL,
    slug             varchar(120) NOT NULL,
    content_markdown text         NOT NULL DEFAULT '',
    status           varchar(20)  NOT NULL,
    version          bigint       NOT NULL DEFAULT 0,
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    CONSTRAINT pk_posts PRIMARY KEY (id),
    CONSTRAINT uq_posts_slug UNIQUE (slug),
    CONSTRAINT ck_posts_title_not_blank CHECK (btrim(title) <> ''),
    CONSTRAINT ck_posts_slug_pattern CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT ck_posts_status CHECK (status IN ('DRAFT')),
    CONSTRAINT ck_posts_version_not_negative CHECK (version >= 0),
    CONSTRAINT ck_posts_updated_after_created CHECK (updated_at >= created_at)
);
-- The admin list pages newest first.
CREATE INDEX ix_posts_created_at_id ON posts (created_at DESC, id DESC);
