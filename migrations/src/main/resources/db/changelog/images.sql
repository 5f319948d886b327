--liquibase formatted sql

--changeset blogflow:images-001-media
--comment: The media library. Bytes live in MediaStorage under content-addressed keys (<sha256>.<ext>); a row is
--comment: what the library knows about them. checksum is the SHA-256 of the stored (metadata-stripped) bytes and is
--comment: unique: the same image is stored once, a second upload answers the first record.
CREATE TABLE media (
    id                  uuid          NOT NULL,
    storage_key         varchar(200)  NOT NULL,
    mime_type           varchar(40)   NOT NULL,
    size_bytes          bigint        NOT NULL,
    width               integer       NOT NULL,
    height              integer       NOT NULL,
    alt_text            varchar(300),
    caption             varchar(1000),
    cdn_url             varchar(2000),
    checksum            varchar(64)   NOT NULL,
    created_by          uuid,
    created_at          timestamptz   NOT NULL,
    generation_prompt   text,
    generation_metadata jsonb         NOT NULL DEFAULT '{}'::jsonb,
    watermarked         boolean       NOT NULL DEFAULT true,
    version             bigint        NOT NULL DEFAULT 0,
    CONSTRAINT pk_media PRIMARY KEY (id),
    -- a person's erasure keeps the library's images (anonymised creator), like their posts
    CONSTRAINT fk_media_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT uq_media_checksum UNIQUE (checksum),
    CONSTRAINT uq_media_storage_key UNIQUE (storage_key),
    -- SVG is deliberately absent: it can carry scripts
    CONSTRAINT ck_media_mime_type CHECK (mime_type IN ('image/jpeg', 'image/png', 'image/webp', 'image/gif')),
    CONSTRAINT ck_media_size_positive CHECK (size_bytes > 0),
    CONSTRAINT ck_media_width_positive CHECK (width > 0),
    CONSTRAINT ck_media_height_positive CHECK (height > 0),
    CONSTRAINT ck_media_checksum_hex CHECK (checksum ~ '^[0-9a-f]{64}$'),
    CONSTRAINT ck_media_alt_text_length CHECK (alt_text IS NULL OR char_length(alt_text) BETWEEN 1 AND 300),
    CONSTRAINT ck_media_caption_length CHECK (caption IS NULL OR char_length(caption) BETWEEN 1 AND 1000),
    CONSTRAINT ck_media_cdn_url_https CHECK (cdn_url IS NULL OR cdn_url ~* '^https://'),
    CONSTRAINT ck_media_generation_metadata_object CHECK (jsonb_typeof(generation_metadata) = 'object'),
    CONSTRAINT ck_media_version CHECK (version >= 0)
);
-- The library lists newest first, optionally of one type.
CREATE INDEX ix_media_created_at ON media (created_at DESC, id DESC);
CREATE INDEX ix_media_mime_type_created_at ON media (mime_type, created_at DESC);

--changeset blogflow:images-002-media-variants
--comment: Renditions rendered once and stored (name w320…, format, under a key derived from the original's checksum,
--comment: the width and the watermark settings' version). They go with their media.
CREATE TABLE media_variants (
    media_id    uuid         NOT NULL,
    storage_key varchar(200) NOT NULL,
    name        varchar(20)  NOT NULL,
    mime_type   varchar(40)  NOT NULL,
    width       integer      NOT NULL,
    height      integer      NOT NULL,
    size_bytes  bigint       NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT pk_media_variants PRIMARY KEY (media_id, storage_key),
    CONSTRAINT fk_media_variants_media FOREIGN KEY (media_id) REFERENCES media (id) ON DELETE CASCADE,
    CONSTRAINT ck_media_variants_name CHECK (name ~ '^w[1-9][0-9]{0,4}$'),
    CONSTRAINT ck_media_variants_mime_type CHECK (mime_type IN ('image/jpeg', 'image/png', 'image/webp', 'image/gif')),
    CONSTRAINT ck_media_variants_width_positive CHECK (width > 0),
    CONSTRAINT ck_media_variants_height_positive CHECK (height > 0),
    CONSTRAINT ck_media_variants_size_positive CHECK (size_bytes > 0)
);

--changeset blogflow:images-003-watermark-settings
--comment: The site's watermark: exactly one row (id is always 1), seeded disabled. Its image is a media item, which
--comment: therefore can't be deleted while it is the watermark (RESTRICT backs the application's in-use check).
CREATE TABLE media_watermark_settings (
    id             smallint     NOT NULL DEFAULT 1,
    enabled        boolean      NOT NULL DEFAULT false,
    text           varchar(100),
    image_media_id uuid,
    position       varchar(20)  NOT NULL DEFAULT 'BOTTOM_RIGHT',
    opacity        numeric(4,3) NOT NULL DEFAULT 0.5,
    scale          numeric(4,3) NOT NULL DEFAULT 0.2,
    version        bigint       NOT NULL DEFAULT 0,
    CONSTRAINT pk_media_watermark_settings PRIMARY KEY (id),
    CONSTRAINT ck_media_watermark_settings_single_row CHECK (id = 1),
    CONSTRAINT fk_media_watermark_settings_image FOREIGN KEY (image_media_id) REFERENCES media (id)
        ON DELETE RESTRICT,
    CONSTRAINT ck_media_watermark_settings_position CHECK (position IN ('TOP_LEFT', 'TOP', 'TOP_RIGHT', 'LEFT',
        'CENTER', 'RIGHT', 'BOTTOM_LEFT', 'BOTTOM', 'BOTTOM_RIGHT')),
    CONSTRAINT ck_media_watermark_settings_opacity CHECK (opacity > 0 AND opacity <= 1),
    CONSTRAINT ck_media_watermark_settings_scale CHECK (scale > 0 AND scale <= 1),
    CONSTRAINT ck_media_watermark_settings_text_or_image CHECK (NOT enabled OR (text IS NULL) <> (image_media_id IS NULL))
);
INSERT INTO media_watermark_settings (id) VALUES (1);

--changeset blogflow:images-004-post-media
--comment: Posts reference media as featured and social-sharing images (columns from blog-025-post-media). Unknown
--comment: media is refused on save; media in use can't be deleted (RESTRICT backs the application's in-use check).
ALTER TABLE posts ADD CONSTRAINT fk_posts_featured_media FOREIGN KEY (featured_media_id) REFERENCES media (id)
    ON DELETE RESTRICT;
ALTER TABLE posts ADD CONSTRAINT fk_posts_og_media FOREIGN KEY (og_media_id) REFERENCES media (id)
    ON DELETE RESTRICT;
CREATE INDEX ix_posts_featured_media_id ON posts (featured_media_id) WHERE featured_media_id IS NOT NULL;
CREATE INDEX ix_posts_og_media_id ON posts (og_media_id) WHERE og_media_id IS NOT NULL;

--changeset blogflow:images-005-section-media
--comment: The ordered images of a post section. They go with their section; media in use can't be deleted.
CREATE TABLE post_section_media (
    section_id uuid         NOT NULL,
    position   integer      NOT NULL,
    media_id   uuid         NOT NULL,
    caption    varchar(500),
    CONSTRAINT pk_post_section_media PRIMARY KEY (section_id, position),
    CONSTRAINT fk_post_section_media_section FOREIGN KEY (section_id) REFERENCES post_sections (id) ON DELETE CASCADE,
    CONSTRAINT fk_post_section_media_media FOREIGN KEY (media_id) REFERENCES media (id) ON DELETE RESTRICT,
    CONSTRAINT ck_post_section_media_position_positive CHECK (position >= 1)
);
CREATE INDEX ix_post_section_media_media_id ON post_section_media (media_id);
