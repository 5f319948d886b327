--liquibase formatted sql

--changeset blogflow:imagegen-001-catalogue
--comment: The image catalogue admins keep: styles (appended to prompts), formats (size, steps, guidance, extra
--comment: settings), settings (a named style + format with overrides) and prompt examples. Titles are unique ignoring
--comment: case; a style or format a setting uses cannot be deleted (RESTRICT); examples lose a deleted reference.
CREATE TABLE image_styles (
    id          uuid          NOT NULL,
    title       varchar(120)  NOT NULL,
    description varchar(2000),
    version     bigint        NOT NULL DEFAULT 0,
    CONSTRAINT pk_image_styles PRIMARY KEY (id),
    CONSTRAINT ck_image_styles_title CHECK (length(btrim(title)) > 0)
);
CREATE UNIQUE INDEX uq_image_styles_title ON image_styles (lower(title));

CREATE TABLE image_formats (
    id             uuid          NOT NULL,
    title          varchar(120)  NOT NULL,
    width          integer       NOT NULL,
    height         integer       NOT NULL,
    steps          integer,
    guidance_scale double precision,
    extra_settings jsonb         NOT NULL DEFAULT '{}',
    version        bigint        NOT NULL DEFAULT 0,
    CONSTRAINT pk_image_formats PRIMARY KEY (id),
    CONSTRAINT ck_image_formats_title CHECK (length(btrim(title)) > 0),
    CONSTRAINT ck_image_formats_size CHECK (width BETWEEN 64 AND 4096 AND height BETWEEN 64 AND 4096
        AND width % 8 = 0 AND height % 8 = 0),
    CONSTRAINT ck_image_formats_steps CHECK (steps IS NULL OR steps BETWEEN 1 AND 150),
    CONSTRAINT ck_image_formats_guidance CHECK (guidance_scale IS NULL OR guidance_scale BETWEEN 0 AND 30),
    CONSTRAINT ck_image_formats_extra_object CHECK (jsonb_typeof(extra_settings) = 'object')
);
CREATE UNIQUE INDEX uq_image_formats_title ON image_formats (lower(title));

CREATE TABLE image_settings (
    id        uuid          NOT NULL,
    name      varchar(120)  NOT NULL,
    style_id  uuid          NOT NULL,
    format_id uuid          NOT NULL,
    overrides jsonb         NOT NULL DEFAULT '{}',
    version   bigint        NOT NULL DEFAULT 0,
    CONSTRAINT pk_image_settings PRIMARY KEY (id),
    CONSTRAINT fk_image_settings_style FOREIGN KEY (style_id) REFERENCES image_styles (id) ON DELETE RESTRICT,
    CONSTRAINT fk_image_settings_format FOREIGN KEY (format_id) REFERENCES image_formats (id) ON DELETE RESTRICT,
    CONSTRAINT ck_image_settings_name CHECK (length(btrim(name)) > 0),
    CONSTRAINT ck_image_settings_overrides_object CHECK (jsonb_typeof(overrides) = 'object')
);
CREATE UNIQUE INDEX uq_image_settings_name ON image_settings (lower(name));
CREATE INDEX ix_image_settings_style ON image_settings (style_id);
CREATE INDEX ix_image_settings_format ON image_settings (format_id);

CREATE TABLE image_prompt_examples (
    id            uuid          NOT NULL,
    prompt        varchar(4000) NOT NULL,
    style_id      uuid,
    format_id     uuid,
    provider_type varchar(20),
    setting_id    uuid,
    version       bigint        NOT NULL DEFAULT 0,
    CONSTRAINT pk_image_prompt_examples PRIMARY KEY (id),
    CONSTRAINT fk_image_prompt_examples_style FOREIGN KEY (style_id) REFERENCES image_styles (id) ON DELETE SET NULL,
    CONSTRAINT fk_image_prompt_examples_format FOREIGN KEY (format_id) REFERENCES image_formats (id) ON DELETE SET NULL,
    CONSTRAINT fk_image_prompt_examples_setting FOREIGN KEY (setting_id) REFERENCES image_settings (id)
        ON DELETE SET NULL,
    CONSTRAINT ck_image_prompt_examples_provider_type CHECK (provider_type IN ('openai-images', 'automatic1111'))
);

--changeset blogflow:imagegen-002-catalogue-seeds
--comment: A starting catalogue: four house styles, the four shapes blog images come in, and a default setting.
INSERT INTO image_styles (id, title, description) VALUES
    ('01900000-0000-7000-8000-000000000101', 'Photographic',
     'photorealistic, natural light, shallow depth of field, 35mm photograph'),
    ('01900000-0000-7000-8000-000000000102', 'Watercolour illustration',
     'watercolour illustration, soft washes of colour, visible paper texture, loose brushwork'),
    ('01900000-0000-7000-8000-000000000103', 'Flat vector',
     'flat vector illustration, bold shapes, limited palette, clean lines, no gradients'),
    ('01900000-0000-7000-8000-000000000104', 'Editorial line art',
     'editorial line art, single-weight ink lines, minimal shading, white background');
INSERT INTO image_formats (id, title, width, height, steps, guidance_scale, extra_settings) VALUES
    ('01900000-0000-7000-8000-000000000201', 'Square 1024×1024', 1024, 1024, 30, 7.0, '{}'),
    ('01900000-0000-7000-8000-000000000202', 'Landscape 1536×1024 (blog header)', 1536, 1024, 30, 7.0,
     '{"negative_prompt": "text, watermark, logo, blurry"}'),
    ('01900000-0000-7000-8000-000000000203', 'Portrait 1024×1536', 1024, 1536, 30, 7.0, '{}'),
    ('01900000-0000-7000-8000-000000000204', 'Wide 1792×1024', 1792, 1024, 30, 7.0, '{}');
INSERT INTO image_settings (id, name, style_id, format_id, overrides) VALUES
    ('01900000-0000-7000-8000-000000000301', 'Blog header (default)', '01900000-0000-7000-8000-000000000102',
     '01900000-0000-7000-8000-000000000202', '{}');

--changeset blogflow:imagegen-003-generations
--comment: Every image generation asked for, with its outcome: the history of a post's images, the idempotency of
--comment: POST …/images/generations (a key is unique per post) and what each call cost in time. media_id names the
--comment: media item the image was stored as (the media library's table belongs to another changelog: no FK here).
CREATE TABLE image_generations (
    id              uuid          NOT NULL,
    post_id         uuid          NOT NULL,
    section_id      uuid,
    requested_by    uuid          NOT NULL,
    idempotency_key varchar(200),
    prompt          varchar(4000) NOT NULL,
    revised_prompt  text,
    style_id        uuid,
    format_id       uuid,
    setting_id      uuid,
    provider_id     uuid          NOT NULL,
    model           varchar(200)  NOT NULL,
    width           integer       NOT NULL,
    height          integer       NOT NULL,
    status          varchar(20)   NOT NULL,
    media_id        uuid,
    error_type      varchar(40),
    error_code      varchar(200),
    error_message   varchar(2000),
    http_status     integer,
    latency_ms      bigint,
    input_tokens    integer,
    output_tokens   integer,
    created_at      timestamptz   NOT NULL,
    finished_at     timestamptz,
    CONSTRAINT pk_image_generations PRIMARY KEY (id),
    CONSTRAINT fk_image_generations_post FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
    CONSTRAINT uq_image_generations_post_key UNIQUE (post_id, idempotency_key),
    CONSTRAINT ck_image_generations_status CHECK (status IN ('running', 'succeeded', 'failed')),
    CONSTRAINT ck_image_generations_outcome CHECK ((status = 'succeeded') = (media_id IS NOT NULL)
        AND (status = 'failed') = (error_type IS NOT NULL))
);
CREATE INDEX ix_image_generations_post_created ON image_generations (post_id, created_at DESC);

--changeset blogflow:imagegen-004-registered-protocol-names
-- Image protocol names come from the protocols registered at start-up: the database checks only their shape.
ALTER TABLE image_prompt_examples DROP CONSTRAINT ck_image_prompt_examples_provider_type;
ALTER TABLE image_prompt_examples ADD CONSTRAINT ck_image_prompt_examples_provider_type
    CHECK (provider_type ~ '^[a-z][a-z0-9-]{0,19}$');
