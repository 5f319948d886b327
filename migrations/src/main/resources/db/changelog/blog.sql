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

--changeset blogflow:blog-002-post-authors
--comment: Who wrote a post. Nullable only for drafts stored before authorship was recorded (editors-only).
ALTER TABLE posts ADD COLUMN author_id uuid;
ALTER TABLE posts ADD CONSTRAINT fk_posts_author FOREIGN KEY (author_id) REFERENCES users (id);
-- An author's own list, newest first.
CREATE INDEX ix_posts_author_created_at ON posts (author_id, created_at DESC, id DESC);

--changeset blogflow:blog-003-lifecycle
--comment: The post lifecycle (draft, pending review, scheduled, published, archived) and its dates.
ALTER TABLE posts DROP CONSTRAINT ck_posts_status;
ALTER TABLE posts ADD CONSTRAINT ck_posts_status
    CHECK (status IN ('DRAFT', 'PENDING_REVIEW', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED'));
ALTER TABLE posts ADD COLUMN meta_description varchar(500) NOT NULL DEFAULT '';
ALTER TABLE posts ADD COLUMN scheduled_at timestamptz;
ALTER TABLE posts ADD COLUMN published_at timestamptz;
ALTER TABLE posts ADD CONSTRAINT ck_posts_scheduled_has_time
    CHECK ((status = 'SCHEDULED') = (scheduled_at IS NOT NULL));
ALTER TABLE posts ADD CONSTRAINT ck_posts_published_has_date
    CHECK (status NOT IN ('PUBLISHED', 'ARCHIVED') OR published_at IS NOT NULL);
-- The scheduler's claim: only scheduled posts, in due order.
CREATE INDEX ix_posts_due ON posts (scheduled_at) WHERE status = 'SCHEDULED';

--changeset blogflow:blog-004-rendered-body
--comment: What is computed from the Markdown on save, so public reads never render: sanitised HTML, excerpt,
--comment: word count, reading time and table of contents. (Rows saved before this change are rendered on their next save.)
ALTER TABLE posts ADD COLUMN content_html text NOT NULL DEFAULT '';
ALTER TABLE posts ADD COLUMN excerpt varchar(300) NOT NULL DEFAULT '';
ALTER TABLE posts ADD COLUMN word_count integer NOT NULL DEFAULT 0;
ALTER TABLE posts ADD COLUMN reading_time_minutes integer NOT NULL DEFAULT 0;
ALTER TABLE posts ADD COLUMN table_of_contents jsonb NOT NULL DEFAULT '[]';
ALTER TABLE posts ADD CONSTRAINT ck_posts_counts_not_negative CHECK (word_count >= 0 AND reading_time_minutes >= 0);

--changeset blogflow:blog-005-revisions
--comment: Every save of a post keeps a numbered revision: who, when, why, and a snapshot of content and metadata.
CREATE TABLE post_revisions (
    id               uuid         NOT NULL,
    post_id          uuid         NOT NULL,
    number           integer      NOT NULL,
    author_id        uuid,
    created_at       timestamptz  NOT NULL,
    reason           varchar(500),
    title            varchar(200) NOT NULL,
    slug             varchar(120) NOT NULL,
    content_markdown text         NOT NULL,
    meta_description varchar(500) NOT NULL,
    excerpt          varchar(300) NOT NULL,
    CONSTRAINT pk_post_revisions PRIMARY KEY (id),
    CONSTRAINT uq_post_revisions_number UNIQUE (post_id, number),
    CONSTRAINT fk_post_revisions_post FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
    CONSTRAINT fk_post_revisions_author FOREIGN KEY (author_id) REFERENCES users (id),
    CONSTRAINT ck_post_revisions_number_positive CHECK (number > 0)
);

--changeset blogflow:blog-006-slug-redirects
--comment: Old slugs of posts that were ever published. A redirect points at the post, not at a slug, so chains
--comment: collapse by construction (every old slug leads to the current one) and loops cannot exist.
CREATE TABLE slug_redirects (
    from_slug  varchar(120) NOT NULL,
    post_id    uuid         NOT NULL,
    created_at timestamptz  NOT NULL,
    CONSTRAINT pk_slug_redirects PRIMARY KEY (from_slug),
    CONSTRAINT fk_slug_redirects_post FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE
);
CREATE INDEX ix_slug_redirects_post ON slug_redirects (post_id);

--changeset blogflow:blog-007-trash
--comment: Deleting a post moves it to the trash (restorable); admins can delete permanently.
ALTER TABLE posts ADD COLUMN deleted_at timestamptz;

--changeset blogflow:blog-008-published-index
--comment: The public list reads published posts by publication date.
CREATE INDEX ix_posts_published ON posts (published_at DESC, id DESC) WHERE status = 'PUBLISHED' AND deleted_at IS NULL;

--changeset blogflow:blog-009-full-text-search
--comment: Full-text search over title (weight A), excerpt (B) and body (C), English dictionary (stemming, stop words).
--comment: The body is the sanitised HTML: the text-search parser recognises tags and the dictionary ignores them.
ALTER TABLE posts ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', title), 'A')
    || setweight(to_tsvector('english', excerpt), 'B')
    || setweight(to_tsvector('english', content_html), 'C')) STORED;
CREATE INDEX ix_posts_search ON posts USING gin (search_vector);

--changeset blogflow:blog-010-tags splitStatements:false
--comment: Tags and their many-to-many link to posts. Usage counts are kept by triggers on the link table, so
--comment: concurrent tagging stays correct (each change is an atomic increment under the tag's row lock).
CREATE TABLE tags (
    id          uuid        NOT NULL,
    name        varchar(50) NOT NULL,
    slug        varchar(60) NOT NULL,
    usage_count integer     NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL,
    CONSTRAINT pk_tags PRIMARY KEY (id),
    CONSTRAINT uq_tags_slug UNIQUE (slug),
    CONSTRAINT ck_tags_usage_not_negative CHECK (usage_count >= 0),
    CONSTRAINT ck_tags_slug_pattern CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
CREATE UNIQUE INDEX uq_tags_name ON tags (lower(name));

CREATE TABLE post_tags (
    post_id uuid NOT NULL,
    tag_id  uuid NOT NULL,
    CONSTRAINT pk_post_tags PRIMARY KEY (post_id, tag_id),
    CONSTRAINT fk_post_tags_post FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
    CONSTRAINT fk_post_tags_tag FOREIGN KEY (tag_id) REFERENCES tags (id) ON DELETE CASCADE
);
CREATE INDEX ix_post_tags_tag ON post_tags (tag_id);

CREATE FUNCTION post_tags_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE tags SET usage_count = usage_count + 1 WHERE id = NEW.tag_id;
        RETURN NEW;
    END IF;
    UPDATE tags SET usage_count = usage_count - 1 WHERE id = OLD.tag_id;
    RETURN OLD;
END;
$$;
CREATE TRIGGER tr_post_tags_count AFTER INSERT OR DELETE ON post_tags
    FOR EACH ROW EXECUTE FUNCTION post_tags_count();

--changeset blogflow:blog-011-seo-and-editorial-fields
--comment: The full field set of a post: search and social presentation, featured image, language and target
--comment: country, table-of-contents flag, review date, AI disclosure, content version, last update reason, whether
--comment: the excerpt was written or derived, and reader counters (maintained by the platform, never by clients).
ALTER TABLE posts ADD COLUMN meta_title varchar(300);
ALTER TABLE posts ADD COLUMN focus_keyword varchar(100);
ALTER TABLE posts ADD COLUMN canonical_url varchar(2000);
ALTER TABLE posts ADD COLUMN og_title varchar(300);
ALTER TABLE posts ADD COLUMN og_description varchar(500);
ALTER TABLE posts ADD COLUMN og_image varchar(2000);
ALTER TABLE posts ADD COLUMN twitter_title varchar(300);
ALTER TABLE posts ADD COLUMN twitter_description varchar(500);
ALTER TABLE posts ADD COLUMN twitter_card_type varchar(30);
ALTER TABLE posts ADD COLUMN featured_image varchar(2000);
ALTER TABLE posts ADD COLUMN featured_image_alt varchar(300);
ALTER TABLE posts ADD COLUMN featured_image_caption varchar(500);
ALTER TABLE posts ADD COLUMN content_language varchar(35) NOT NULL DEFAULT 'en';
ALTER TABLE posts ADD COLUMN geo_target_country char(2);
ALTER TABLE posts ADD COLUMN show_table_of_contents boolean NOT NULL DEFAULT true;
ALTER TABLE posts ADD COLUMN ai_generated boolean NOT NULL DEFAULT false;
ALTER TABLE posts ADD COLUMN last_reviewed_at timestamptz;
ALTER TABLE posts ADD COLUMN content_version integer NOT NULL DEFAULT 1;
ALTER TABLE posts ADD COLUMN last_updated_reason varchar(500);
ALTER TABLE posts ADD COLUMN excerpt_given boolean NOT NULL DEFAULT false;
ALTER TABLE posts ADD COLUMN view_count bigint NOT NULL DEFAULT 0;
ALTER TABLE posts ADD COLUMN like_count bigint NOT NULL DEFAULT 0;
ALTER TABLE posts ADD COLUMN comment_count bigint NOT NULL DEFAULT 0;
ALTER TABLE posts ADD COLUMN share_count bigint NOT NULL DEFAULT 0;
ALTER TABLE posts ADD CONSTRAINT ck_posts_twitter_card_type
    CHECK (twitter_card_type IN ('SUMMARY', 'SUMMARY_LARGE_IMAGE', 'APP', 'PLAYER'));
ALTER TABLE posts ADD CONSTRAINT ck_posts_featured_image_has_alt
    CHECK (featured_image IS NULL OR featured_image_alt IS NOT NULL);
ALTER TABLE posts ADD CONSTRAINT ck_posts_geo_target_country CHECK (geo_target_country ~ '^[A-Z]{2}$');
ALTER TABLE posts ADD CONSTRAINT ck_posts_content_version_positive CHECK (content_version > 0);
ALTER TABLE posts ADD CONSTRAINT ck_posts_counters_not_negative
    CHECK (view_count >= 0 AND like_count >= 0 AND comment_count >= 0 AND share_count >= 0);

--changeset blogflow:blog-012-categories
--comment: Hierarchical categories (parent_id; cycles are refused by the application under a table lock) and the
--comment: category of each post. A category with posts cannot be deleted (RESTRICT): they are moved first.
CREATE TABLE categories (
    id          uuid         NOT NULL,
    name        varchar(80)  NOT NULL,
    slug        varchar(120) NOT NULL,
    parent_id   uuid,
    description varchar(1000),
    version     bigint       NOT NULL DEFAULT 0,
    CONSTRAINT pk_categories PRIMARY KEY (id),
    CONSTRAINT uq_categories_slug UNIQUE (slug),
    CONSTRAINT fk_categories_parent FOREIGN KEY (parent_id) REFERENCES categories (id),
    CONSTRAINT ck_categories_not_own_parent CHECK (parent_id <> id),
    CONSTRAINT ck_categories_slug_pattern CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
CREATE UNIQUE INDEX uq_categories_name ON categories (lower(name));
CREATE INDEX ix_categories_parent ON categories (parent_id);
ALTER TABLE posts ADD COLUMN category_id uuid;
ALTER TABLE posts ADD CONSTRAINT fk_posts_category FOREIGN KEY (category_id) REFERENCES categories (id);
CREATE INDEX ix_posts_category_published ON posts (category_id, published_at DESC, id DESC)
    WHERE status = 'PUBLISHED' AND deleted_at IS NULL;
CREATE INDEX ix_posts_category ON posts (category_id);

--changeset blogflow:blog-013-topic-clusters
--comment: Topic clusters; a post belongs to at most one (topic_cluster_id) and at most one post of a cluster is its
--comment: pillar (partial unique index). Deleting a cluster leaves its posts outside any cluster.
CREATE TABLE topic_clusters (
    id          uuid         NOT NULL,
    name        varchar(80)  NOT NULL,
    slug        varchar(120) NOT NULL,
    description varchar(1000),
    version     bigint       NOT NULL DEFAULT 0,
    CONSTRAINT pk_topic_clusters PRIMARY KEY (id),
    CONSTRAINT uq_topic_clusters_slug UNIQUE (slug),
    CONSTRAINT ck_topic_clusters_slug_pattern CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
CREATE UNIQUE INDEX uq_topic_clusters_name ON topic_clusters (lower(name));
ALTER TABLE posts ADD COLUMN topic_cluster_id uuid;
ALTER TABLE posts ADD COLUMN is_pillar boolean NOT NULL DEFAULT false;
ALTER TABLE posts ADD CONSTRAINT fk_posts_topic_cluster FOREIGN KEY (topic_cluster_id) REFERENCES topic_clusters (id);
ALTER TABLE posts ADD CONSTRAINT ck_posts_pillar_in_cluster CHECK (NOT is_pillar OR topic_cluster_id IS NOT NULL);
CREATE UNIQUE INDEX uq_posts_cluster_pillar ON posts (topic_cluster_id) WHERE is_pillar;
CREATE INDEX ix_posts_cluster_published ON posts (topic_cluster_id, published_at DESC, id DESC)
    WHERE status = 'PUBLISHED' AND deleted_at IS NULL;
CREATE INDEX ix_posts_cluster ON posts (topic_cluster_id);

--changeset blogflow:blog-014-revision-metadata
--comment: Revisions also keep the post's metadata (SEO, image, filing, language, flags) so a restore brings it back.
--comment: Revisions stored before this change have none; restoring them keeps default metadata.
ALTER TABLE post_revisions ADD COLUMN metadata jsonb;

--changeset blogflow:blog-015-public-filters
--comment: Public list filters and orders that must not scan: by language, and by popularity (views).
CREATE INDEX ix_posts_language_published ON posts (content_language, published_at DESC, id DESC)
    WHERE status = 'PUBLISHED' AND deleted_at IS NULL;
CREATE INDEX ix_posts_popular ON posts (view_count DESC, id DESC) WHERE status = 'PUBLISHED' AND deleted_at IS NULL;
CREATE INDEX ix_posts_title_published ON posts (title, id) WHERE status = 'PUBLISHED' AND deleted_at IS NULL;

--changeset blogflow:blog-016-public-content-signal splitStatements:false
--comment: Every committed change to what readers see is announced on the channel blogflow_public_content
--comment: (NOTIFY is delivered at commit, once per transaction and channel), so each instance empties its
--comment: in-process cache of rendered public answers at once. Statement-level: bulk updates notify once.
CREATE FUNCTION notify_public_content_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('blogflow_public_content', '');
    RETURN NULL;
END;
$$;
CREATE TRIGGER tr_posts_public_content AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON posts
    FOR EACH STATEMENT EXECUTE FUNCTION notify_public_content_changed();
CREATE TRIGGER tr_post_tags_public_content AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON post_tags
    FOR EACH STATEMENT EXECUTE FUNCTION notify_public_content_changed();
CREATE TRIGGER tr_tags_public_content AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON tags
    FOR EACH STATEMENT EXECUTE FUNCTION notify_public_content_changed();
CREATE TRIGGER tr_categories_public_content AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON categories
    FOR EACH STATEMENT EXECUTE FUNCTION notify_public_content_changed();
CREATE TRIGGER tr_topic_clusters_public_content AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON topic_clusters
    FOR EACH STATEMENT EXECUTE FUNCTION notify_public_content_changed();
CREATE TRIGGER tr_slug_redirects_public_content AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON slug_redirects
    FOR EACH STATEMENT EXECUTE FUNCTION notify_public_content_changed();

--changeset blogflow:blog-020-redirects splitStatements:false
--comment: Redirects editors set up: from an exact site path to a site path or an absolute http(s) URL, 301 or 302.
--comment: The application keeps them free of chains (a target is never another redirect's source), so a request
--comment: needs one hop and loops cannot exist; the trigger below refuses a row that would break that rule, as a
--comment: backstop for the application's checks. Versioned like posts (optimistic locking).
CREATE TABLE redirects (
    id         uuid          NOT NULL,
    from_path  varchar(2000) NOT NULL,
    target     varchar(2000) NOT NULL,
    status     smallint      NOT NULL DEFAULT 301,
    version    bigint        NOT NULL DEFAULT 0,
    created_at timestamptz   NOT NULL,
    updated_at timestamptz   NOT NULL,
    CONSTRAINT pk_redirects PRIMARY KEY (id),
    CONSTRAINT uq_redirects_from_path UNIQUE (from_path),
    CONSTRAINT ck_redirects_status CHECK (status IN (301, 302)),
    CONSTRAINT ck_redirects_from_path_shape CHECK (from_path ~ '^/' AND from_path !~ '//' AND from_path !~ '[?#[:space:]]'
        AND (from_path = '/' OR from_path !~ '/$')),
    CONSTRAINT ck_redirects_target_shape CHECK (target ~ '^(/|https?://)'),
    CONSTRAINT ck_redirects_not_self CHECK (target <> from_path),
    CONSTRAINT ck_redirects_updated_after_created CHECK (updated_at >= created_at)
);
--comment: Chain collapsing looks up the redirects leading to a path.
CREATE INDEX ix_redirects_target ON redirects (target);

CREATE FUNCTION redirects_one_hop() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM redirects WHERE from_path = NEW.target AND id <> NEW.id) THEN
        RAISE EXCEPTION 'redirect % -> % violates check constraint "ck_redirects_one_hop": its target is a redirect',
            NEW.from_path, NEW.target USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_redirects_one_hop';
    END IF;
    IF EXISTS (SELECT 1 FROM redirects WHERE target = NEW.from_path AND id <> NEW.id) THEN
        RAISE EXCEPTION 'redirect from % violates check constraint "ck_redirects_one_hop": redirects lead to it',
            NEW.from_path USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_redirects_one_hop';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER tr_redirects_one_hop BEFORE INSERT OR UPDATE ON redirects
    FOR EACH ROW EXECUTE FUNCTION redirects_one_hop();

--changeset blogflow:blog-021-post-links
--comment: The internal links in each post's Markdown (destination as written, the site path it leads to, and the
--comment: slug when that path is a permalink), rewritten on every content save. Healing finds the posts linking to
--comment: a moved permalink, and the broken-links report its dead targets, by index instead of scanning Markdown.
--comment: Posts saved before this changeset get their rows on their next save (parsing Markdown needs the app).
CREATE TABLE post_links (
    post_id     uuid          NOT NULL,
    destination varchar(2000) NOT NULL,
    target_path varchar(2000) NOT NULL,
    target_slug varchar(120),
    CONSTRAINT pk_post_links PRIMARY KEY (post_id, destination),
    CONSTRAINT fk_post_links_post FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
    CONSTRAINT ck_post_links_target_path CHECK (target_path ~ '^/'),
    CONSTRAINT ck_post_links_target_slug CHECK (target_slug IS NULL OR target_path = '/' || target_slug)
);
CREATE INDEX ix_post_links_target_path ON post_links (target_path);
--comment: The report only judges permalink-shaped targets.
CREATE INDEX ix_post_links_target_slug ON post_links (target_slug) WHERE target_slug IS NOT NULL;

--changeset blogflow:blog-022-language-aware-search splitStatements:false
--comment: Full-text search stems each post with the dictionary of its own language (content_language), falling
--comment: back to 'simple' (no stemming) for languages PostgreSQL has no dictionary for. Queries name their language.
CREATE FUNCTION blogflow_search_config(language varchar) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (CASE split_part(lower(language), '-', 1)
        WHEN 'en' THEN 'english' WHEN 'de' THEN 'german' WHEN 'fr' THEN 'french' WHEN 'es' THEN 'spanish'
        WHEN 'it' THEN 'italian' WHEN 'pt' THEN 'portuguese' WHEN 'nl' THEN 'dutch' WHEN 'sv' THEN 'swedish'
        WHEN 'da' THEN 'danish' WHEN 'nb' THEN 'norwegian' WHEN 'nn' THEN 'norwegian' WHEN 'no' THEN 'norwegian'
        WHEN 'fi' THEN 'finnish' WHEN 'ru' THEN 'russian' WHEN 'hu' THEN 'hungarian' WHEN 'ro' THEN 'romanian'
        WHEN 'tr' THEN 'turkish' WHEN 'ga' THEN 'irish' WHEN 'el' THEN 'greek' WHEN 'lt' THEN 'lithuanian'
        ELSE 'simple' END)::regconfig
$$;
ALTER TABLE posts DROP COLUMN search_vector;
ALTER TABLE posts ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(blogflow_search_config(content_language), title), 'A')
    || setweight(to_tsvector(blogflow_search_config(content_language), excerpt), 'B')
    || setweight(to_tsvector(blogflow_search_config(content_language), content_html), 'C')) STORED;
CREATE INDEX ix_posts_search ON posts USING gin (search_vector);

--changeset blogflow:blog-023-published-post-count splitStatements:false
--comment: The number of published posts outside the trash, kept by a trigger, so the unfiltered public list (the
--comment: home page) gets its total without counting 100,000 index entries per request. Publishing is rare next to
--comment: reading, so serialising publishers on this one row costs nothing that matters.
CREATE TABLE published_post_count (
    id    boolean NOT NULL DEFAULT true,
    total bigint  NOT NULL,
    CONSTRAINT pk_published_post_count PRIMARY KEY (id),
    CONSTRAINT ck_published_post_count_single_row CHECK (id),
    CONSTRAINT ck_published_post_count_not_negative CHECK (total >= 0)
);
INSERT INTO published_post_count (total)
    SELECT count(*) FROM posts WHERE status = 'PUBLISHED' AND deleted_at IS NULL;
CREATE FUNCTION count_published_posts() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    delta integer := 0;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'PUBLISHED' AND OLD.deleted_at IS NULL THEN
        delta := delta - 1;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.status = 'PUBLISHED' AND NEW.deleted_at IS NULL THEN
        delta := delta + 1;
    END IF;
    IF delta <> 0 THEN
        UPDATE published_post_count SET total = total + delta;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER tr_posts_published_count AFTER INSERT OR UPDATE OF status, deleted_at OR DELETE ON posts
    FOR EACH ROW EXECUTE FUNCTION count_published_posts();

--changeset blogflow:blog-024-review-approval
--comment: The review gate for AI-generated text: an editor's approval of a post's current text (who and when). It is
--comment: cleared when the text changes, so it is kept on the post, not in revisions.
ALTER TABLE posts ADD COLUMN review_approved_at timestamptz;
ALTER TABLE posts ADD COLUMN review_approved_by uuid;
ALTER TABLE posts ADD CONSTRAINT fk_posts_review_approved_by FOREIGN KEY (review_approved_by) REFERENCES users (id);
ALTER TABLE posts ADD CONSTRAINT ck_posts_review_approval_complete
    CHECK ((review_approved_at IS NULL) = (review_approved_by IS NULL));

--changeset blogflow:blog-025-post-media
--comment: The media library items used as a post's featured image and its social-sharing (Open Graph) image. Their
--comment: foreign keys to media are added by images.sql (images-004-post-media): media is created after blog.sql.
ALTER TABLE posts ADD COLUMN featured_media_id uuid;
ALTER TABLE posts ADD COLUMN og_media_id uuid;

--changeset blogflow:blog-026-revision-provenance
--comment: Who wrote each revision's change: a person (human) or an AI action writing a public field (ai). Revisions
--comment: stored before were all written through the post API by people or recorded the AI write only in their reason.
ALTER TABLE post_revisions ADD COLUMN provenance varchar(10) NOT NULL DEFAULT 'human';
ALTER TABLE post_revisions ADD CONSTRAINT ck_post_revisions_provenance CHECK (provenance IN ('human', 'ai'));

--changeset blogflow:blog-027-post-view-counts splitStatements:false
--comment: The blog's views counter, set by analytics after each rollup (through the blog's RecordPostViewsUseCase): a
--comment: table of its own, without trigger, so a counted view never writes the posts row (whose trigger empties the
--comment: public caches). The public list reads it for views and sort=popular, the single post for counters.views. A
--comment: database that already has analytics' post_analytics (created after blog.sql) starts from its totals.
CREATE TABLE post_view_counts (
    post_id uuid   NOT NULL,
    views   bigint NOT NULL DEFAULT 0,
    CONSTRAINT pk_post_view_counts PRIMARY KEY (post_id),
    CONSTRAINT fk_post_view_counts_post FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
    CONSTRAINT ck_post_view_counts_views CHECK (views >= 0)
);
DO $$
BEGIN
    IF to_regclass('post_analytics') IS NOT NULL THEN
        INSERT INTO post_view_counts (post_id, views)
        SELECT a.post_id, a.views FROM post_analytics a JOIN posts p ON p.id = a.post_id;
    END IF;
END $$;

--changeset blogflow:blog-028-drop-posts-counters
--comment: The posts row's reader counters were never written: views live in post_view_counts (blog-027), likes and
--comment: shares in engagement's post_engagement_counts, approved comments in comments' post_comment_counts. Dropping
--comment: them (and the unused popular index on view_count) keeps every counter out of the posts row.
DROP INDEX ix_posts_popular;
ALTER TABLE posts DROP CONSTRAINT ck_posts_counters_not_negative;
ALTER TABLE posts DROP COLUMN view_count, DROP COLUMN like_count, DROP COLUMN comment_count, DROP COLUMN share_count;
