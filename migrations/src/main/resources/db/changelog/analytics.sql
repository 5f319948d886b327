--liquibase formatted sql

--changeset blogflow:analytics-001-events
--comment: Raw analytics events, free of personal data (visitor = salted hash, client = classes, no IP, no user agent). Declaratively partitioned by month on occurred_at; the partition-maintenance job creates months ahead and drops whole months past retention. The default partition only catches rows a missing month would otherwise refuse.
CREATE TABLE analytics_events (
    occurred_at   timestamptz   NOT NULL,
    site          varchar(253)  NOT NULL,
    name          varchar(120)  NOT NULL,
    visitor_id    bigint        NOT NULL,
    path          varchar(2000) NOT NULL,
    post_id       uuid,
    source        varchar(100),
    referrer_host varchar(100),
    utm_medium    varchar(100),
    utm_campaign  varchar(100),
    click_id      varchar(20),
    country       char(2),
    browser       varchar(50)   NOT NULL,
    os            varchar(50)   NOT NULL,
    device        varchar(50)   NOT NULL,
    screen_width  integer,
    engaged_ms    integer,
    scroll_depth  smallint,
    props         jsonb,
    CONSTRAINT ck_analytics_events_name CHECK (length(name) >= 1),
    CONSTRAINT ck_analytics_events_country CHECK (country ~ '^[A-Z]{2}$'),
    CONSTRAINT ck_analytics_events_screen CHECK (screen_width BETWEEN 0 AND 100000),
    CONSTRAINT ck_analytics_events_engaged CHECK (engaged_ms BETWEEN 0 AND 86400000),
    CONSTRAINT ck_analytics_events_scroll CHECK (scroll_depth BETWEEN 0 AND 100),
    CONSTRAINT ck_analytics_events_props CHECK (props IS NULL OR jsonb_typeof(props) = 'object')
) PARTITION BY RANGE (occurred_at);
CREATE INDEX ix_analytics_events_time ON analytics_events USING brin (occurred_at);
CREATE TABLE analytics_events_default PARTITION OF analytics_events DEFAULT;

--changeset blogflow:analytics-002-salts
--comment: The daily random keys visitor ids are hashed with: today's and yesterday's only; deleted 48 h after their day began.
CREATE TABLE analytics_salts (
    day        date        NOT NULL,
    salt       bytea       NOT NULL,
    created_at timestamptz NOT NULL,
    CONSTRAINT pk_analytics_salts PRIMARY KEY (day),
    CONSTRAINT ck_analytics_salts_length CHECK (length(salt) = 32)
);

--changeset blogflow:analytics-003-rollups
--comment: Hourly and daily aggregates per post and for the whole site (post_id NULL), recomputed window by window; analytics_rollup_windows records which windows are rolled and when, so the job catches up and re-rolls recent ones for late events.
CREATE TABLE analytics_rollups (
    granularity       varchar(5)  NOT NULL,
    bucket_start      timestamptz NOT NULL,
    post_id           uuid,
    pageviews         bigint      NOT NULL,
    visitors          bigint      NOT NULL,
    sessions          bigint      NOT NULL,
    bounces           bigint      NOT NULL,
    duration_ms       bigint      NOT NULL,
    engaged_ms        bigint      NOT NULL,
    scroll_depth_sum  bigint      NOT NULL,
    scroll_samples    bigint      NOT NULL,
    events            jsonb       NOT NULL DEFAULT '{}',
    CONSTRAINT ck_analytics_rollups_granularity CHECK (granularity IN ('hour', 'day')),
    CONSTRAINT ck_analytics_rollups_counts CHECK (pageviews >= 0 AND visitors >= 0 AND sessions >= 0
        AND bounces BETWEEN 0 AND sessions AND duration_ms >= 0 AND engaged_ms >= 0),
    CONSTRAINT ck_analytics_rollups_events CHECK (jsonb_typeof(events) = 'object')
);
CREATE UNIQUE INDEX ux_analytics_rollups_bucket ON analytics_rollups
    (granularity, bucket_start, coalesce(post_id, '00000000-0000-0000-0000-000000000000'::uuid));
CREATE INDEX ix_analytics_rollups_post ON analytics_rollups (post_id, granularity, bucket_start) WHERE post_id IS NOT NULL;

CREATE TABLE analytics_rollup_windows (
    granularity  varchar(5)  NOT NULL,
    bucket_start timestamptz NOT NULL,
    rolled_at    timestamptz NOT NULL,
    CONSTRAINT pk_analytics_rollup_windows PRIMARY KEY (granularity, bucket_start),
    CONSTRAINT ck_analytics_rollup_windows_granularity CHECK (granularity IN ('hour', 'day'))
);

--changeset blogflow:analytics-004-post-analytics
--comment: Each post's all-time figures, kept from the rollups: its own table so a page view never touches posts (and never empties the public read cache).
CREATE TABLE post_analytics (
    post_id            uuid          NOT NULL,
    views              bigint        NOT NULL DEFAULT 0,
    visitors           bigint        NOT NULL DEFAULT 0,
    avg_time_ms        bigint        NOT NULL DEFAULT 0,
    bounce_rate        numeric(5, 4) NOT NULL DEFAULT 0,
    last_calculated_at timestamptz   NOT NULL,
    CONSTRAINT pk_post_analytics PRIMARY KEY (post_id),
    CONSTRAINT ck_post_analytics_counts CHECK (views >= 0 AND visitors >= 0 AND avg_time_ms >= 0),
    CONSTRAINT ck_post_analytics_bounce_rate CHECK (bounce_rate BETWEEN 0 AND 1)
);

--changeset blogflow:analytics-005-dashboard-rollups
--comment: What the dashboard reads instead of raw events for rolled days: each hour's visitors counted in the hour they were first seen that UTC day (time series in any zone), and each day's breakdown values per dimension for the site (post_id NULL) and per post.
ALTER TABLE analytics_rollups ADD COLUMN first_visitors bigint NOT NULL DEFAULT 0;
CREATE INDEX ix_analytics_rollups_site ON analytics_rollups (granularity, bucket_start) WHERE post_id IS NULL;

CREATE TABLE analytics_rollup_values (
    day        timestamptz NOT NULL,
    dimension  varchar(20) NOT NULL,
    value      text,
    post_id    uuid,
    visitors   bigint      NOT NULL,
    pageviews  bigint      NOT NULL,
    events     bigint      NOT NULL,
    CONSTRAINT ck_analytics_rollup_values_counts CHECK (visitors >= 0 AND pageviews >= 0 AND events >= 0)
);
CREATE INDEX ix_analytics_rollup_values_site ON analytics_rollup_values (dimension, day) WHERE post_id IS NULL;
CREATE INDEX ix_analytics_rollup_values_post ON analytics_rollup_values (post_id, dimension, day)
    WHERE post_id IS NOT NULL;
CREATE INDEX ix_analytics_rollup_values_day ON analytics_rollup_values (day);

--changeset blogflow:analytics-006-covering-site-indexes
--comment: The dashboard's site-wide reads (summary, time series, breakdowns of rolled days) answered from the index alone: the site's rows are one in ~200 of a bucket, so fetching them from the heap read one block per row (720 blocks for 30 days of hours). The covering indexes replace the plain ones.
CREATE INDEX ix_analytics_rollups_site_totals ON analytics_rollups (granularity, bucket_start)
    INCLUDE (visitors, first_visitors, pageviews, sessions, bounces, duration_ms, engaged_ms) WHERE post_id IS NULL;
DROP INDEX ix_analytics_rollups_site;
CREATE INDEX ix_analytics_rollup_values_site_totals ON analytics_rollup_values (dimension, day)
    INCLUDE (value, visitors, pageviews, events) WHERE post_id IS NULL;
DROP INDEX ix_analytics_rollup_values_site;

--changeset blogflow:analytics-007-brin-autosummarize
--comment: A BRIN range not yet summarised matches every query, so a rollup of one hour (and the dashboard's read of today) read every block written since autovacuum last summarised the month's partition, up to a fifth of it: the cost grew with the partition, not with the hour. autosummarize asks autovacuum to summarise each range as soon as it is full. Recreated on the parent, whose options every month partition created later copies.
DROP INDEX ix_analytics_events_time;
CREATE INDEX ix_analytics_events_time ON analytics_events USING brin (occurred_at) WITH (autosummarize = on);

--changeset blogflow:analytics-008-an-today
--comment: Today rolled up hour by hour, so a dashboard read takes at most the current hour from the raw events. Rows of granularity 'upto' hold the figures of a UTC day from its midnight up to bucket_start (each complete hour of today and yesterday: also the exact figures of a period edge cut at that hour, e.g. a Berlin midnight); analytics_day_visitors holds the visitors of the day's latest 'upto' (site row: the visit still open at its end; post rows: who read which post), so the not-yet-rolled tail counts only new visitors and continues open visits.
ALTER TABLE analytics_rollups DROP CONSTRAINT ck_analytics_rollups_granularity;
ALTER TABLE analytics_rollups ADD CONSTRAINT ck_analytics_rollups_granularity CHECK (granularity IN ('hour', 'day', 'upto'));
ALTER TABLE analytics_rollup_windows DROP CONSTRAINT ck_analytics_rollup_windows_granularity;
ALTER TABLE analytics_rollup_windows ADD CONSTRAINT ck_analytics_rollup_windows_granularity CHECK (granularity IN ('hour', 'day', 'upto'));

CREATE TABLE analytics_day_visitors (
    day               timestamptz NOT NULL,
    visitor_id        bigint      NOT NULL,
    post_id           uuid,
    first_at          timestamptz NOT NULL,
    last_at           timestamptz NOT NULL,
    open_first_at     timestamptz,
    open_pageviews    integer,
    open_interactions integer,
    open_entry_post   uuid
);
CREATE UNIQUE INDEX ux_analytics_day_visitors_site ON analytics_day_visitors (day, visitor_id)
    INCLUDE (last_at, open_first_at, open_pageviews, open_interactions, open_entry_post) WHERE post_id IS NULL;
CREATE UNIQUE INDEX ux_analytics_day_visitors_post ON analytics_day_visitors (day, post_id, visitor_id)
    WHERE post_id IS NOT NULL;
--changeset blogflow:analytics-009-monthly-rollup-values
--comment: Breakdowns over months read one row per month and value instead of one per day (a year of the posts breakdown: 73,000 daily rows). A month's rows are the sums of its daily rows, written when every day of the UTC month is rolled and rewritten whenever one of its days is rolled again; analytics_rollup_months records which months have them. Months whose days were all rolled before this changeset get their rows here.
CREATE TABLE analytics_rollup_month_values (
    month      timestamptz NOT NULL,
    dimension  varchar(20) NOT NULL,
    value      text,
    post_id    uuid,
    visitors   bigint      NOT NULL,
    pageviews  bigint      NOT NULL,
    events     bigint      NOT NULL,
    CONSTRAINT ck_analytics_rollup_month_values_counts CHECK (visitors >= 0 AND pageviews >= 0 AND events >= 0)
);
CREATE INDEX ix_analytics_rollup_month_values_site_totals ON analytics_rollup_month_values (dimension, month)
    INCLUDE (value, visitors, pageviews, events) WHERE post_id IS NULL;
CREATE INDEX ix_analytics_rollup_month_values_post ON analytics_rollup_month_values (post_id, dimension, month)
    WHERE post_id IS NOT NULL;
CREATE INDEX ix_analytics_rollup_month_values_month ON analytics_rollup_month_values (month);

CREATE TABLE analytics_rollup_months (
    month     timestamptz NOT NULL,
    rolled_at timestamptz NOT NULL,
    CONSTRAINT pk_analytics_rollup_months PRIMARY KEY (month)
);

INSERT INTO analytics_rollup_months (month, rolled_at)
SELECT month, now()
FROM (SELECT date_trunc('month', bucket_start, 'UTC') AS month, count(*) AS days
      FROM analytics_rollup_windows WHERE granularity = 'day' GROUP BY 1) rolled
WHERE days = extract(day FROM (month AT TIME ZONE 'UTC') + interval '1 month' - interval '1 day');
INSERT INTO analytics_rollup_month_values (month, dimension, value, post_id, visitors, pageviews, events)
SELECT m.month, v.dimension, v.value, v.post_id, sum(v.visitors), sum(v.pageviews), sum(v.events)
FROM analytics_rollup_months m
JOIN analytics_rollup_values v ON v.day >= m.month AND v.day < (m.month AT TIME ZONE 'UTC' + interval '1 month') AT TIME ZONE 'UTC'
GROUP BY m.month, v.dimension, v.value, v.post_id;

--changeset blogflow:analytics-010-prefix-values
--comment: Breakdowns read today up to its latest rolled hour from rollup data instead of the raw events of the whole day. analytics_prefix_values holds the breakdown values (every dimension but exit pages; site and per post) of the day's latest prefix, written and deleted with analytics_day_visitors; value_keys lists per visitor (site row) and per visitor and post the values ('dimension:value', 'dimension!' for none) the visitor had up to the prefix, so the raw tail counts a visitor for a value only when new to it; open_entry_path is the entry page of the visit open at the prefix's end (a tail visit continuing it enters there).
ALTER TABLE analytics_day_visitors ADD COLUMN value_keys text[];
ALTER TABLE analytics_day_visitors ADD COLUMN open_entry_path text;

CREATE TABLE analytics_prefix_values (
    day        timestamptz NOT NULL,
    upto       timestamptz NOT NULL,
    dimension  varchar(20) NOT NULL,
    value      text,
    post_id    uuid,
    visitors   bigint      NOT NULL,
    pageviews  bigint      NOT NULL,
    events     bigint      NOT NULL,
    CONSTRAINT ck_analytics_prefix_values_counts CHECK (visitors >= 0 AND pageviews >= 0 AND events >= 0)
);
CREATE INDEX ix_analytics_prefix_values_site_totals ON analytics_prefix_values (upto, dimension)
    INCLUDE (value, visitors, pageviews, events) WHERE post_id IS NULL;
CREATE INDEX ix_analytics_prefix_values_post ON analytics_prefix_values (post_id, dimension, upto)
    WHERE post_id IS NOT NULL;
CREATE INDEX ix_analytics_prefix_values_day ON analytics_prefix_values (day, upto);

--changeset blogflow:analytics-011-prefix-exits
--comment: Exit pages continue today's prefix too: the prefix's values include exit pages, and the visit open at the prefix's end keeps its exit page and post and whether an earlier visit of the visitor left on the same page, so a tail visit that continues it moves its exit (the visit taken back where it left, the visitor only when no other visit of theirs left there).
ALTER TABLE analytics_day_visitors ADD COLUMN open_exit_path text;
ALTER TABLE analytics_day_visitors ADD COLUMN open_exit_post uuid;
ALTER TABLE analytics_day_visitors ADD COLUMN open_exit_closed boolean;

--changeset blogflow:analytics-013-rollup-changes splitStatements:false
--comment: The dashboard keeps the parts of its answers read from rollups (whole rolled days and months, rolled hours, day prefixes) per instance, keyed by the rollups' state: the sum of analytics_rollup_changes.changes, which every committed write to the rollup tables raises (a statement-level trigger, bulk writes count once per statement). One row per database backend (session), so concurrent writers never wait for each other on it; readers read the sum in the same statement as their first figures, so a cached part is never older than the rollups it was read from.
CREATE TABLE analytics_rollup_changes (
    backend integer PRIMARY KEY,
    changes bigint  NOT NULL
);
CREATE FUNCTION analytics_rollup_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO analytics_rollup_changes (backend, changes) VALUES (pg_backend_pid(), 1)
    ON CONFLICT (backend) DO UPDATE SET changes = analytics_rollup_changes.changes + 1;
    RETURN NULL;
END;
$$;
CREATE TRIGGER tr_analytics_rollups_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON analytics_rollups
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_rollup_changed();
CREATE TRIGGER tr_analytics_rollup_windows_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON analytics_rollup_windows
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_rollup_changed();
CREATE TRIGGER tr_analytics_rollup_values_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON analytics_rollup_values
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_rollup_changed();
CREATE TRIGGER tr_analytics_rollup_month_values_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON analytics_rollup_month_values
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_rollup_changed();
CREATE TRIGGER tr_analytics_rollup_months_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON analytics_rollup_months
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_rollup_changed();
CREATE TRIGGER tr_analytics_prefix_values_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON analytics_prefix_values
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_rollup_changed();

--changeset blogflow:analytics-014-event-changes splitStatements:false
--comment: The dashboard keeps whole answers per instance while neither the rollups nor the raw events change: keyed by the rollups' state (analytics-013) plus the raw events' state, the sum of analytics_event_changes.changes, which every committed write to analytics_events raises in its own transaction (a statement-level trigger on the partitioned table: one count per COPY of the event buffer, not per event). The retention's partition drops, which fire no trigger, raise it themselves. One trigger function now serves both counters (the counter table is the trigger's argument); analytics-013's function is replaced by it.
CREATE TABLE analytics_event_changes (
    backend integer PRIMARY KEY,
    changes bigint  NOT NULL
);
CREATE FUNCTION analytics_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('INSERT INTO %I (backend, changes) VALUES (pg_backend_pid(), 1) '
                   'ON CONFLICT (backend) DO UPDATE SET changes = %I.changes + 1', TG_ARGV[0], TG_ARGV[0]);
    RETURN NULL;
END;
$$;
CREATE TRIGGER tr_analytics_events_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON analytics_events
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_count_change('analytics_event_changes');
DO $$
DECLARE
    rollup_table text;
BEGIN
    FOREACH rollup_table IN ARRAY ARRAY['analytics_rollups', 'analytics_rollup_windows', 'analytics_rollup_values',
            'analytics_rollup_month_values', 'analytics_rollup_months', 'analytics_prefix_values'] LOOP
        EXECUTE format('DROP TRIGGER tr_%s_changed ON %I', rollup_table, rollup_table);
        EXECUTE format('CREATE TRIGGER tr_%s_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH '
                       'STATEMENT EXECUTE FUNCTION analytics_count_change(''analytics_rollup_changes'')',
                       rollup_table, rollup_table);
    END LOOP;
END;
$$;
DROP FUNCTION analytics_rollup_changed();
