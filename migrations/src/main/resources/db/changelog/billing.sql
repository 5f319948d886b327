--liquibase formatted sql

--changeset blogflow:billing-001-plans
--comment: The plan catalogue. A plan is a code and its versions; editing a plan adds a version (never changes one), and
--comment: subscriptions point at the version they are on. Money is whole minor units of the currency (bigint).
CREATE TABLE billing_plans (
    id              uuid        NOT NULL,
    code            varchar(40) NOT NULL,
    current_version integer     NOT NULL,
    created_at      timestamptz NOT NULL,
    CONSTRAINT pk_billing_plans PRIMARY KEY (id),
    CONSTRAINT uq_billing_plans_code UNIQUE (code),
    CONSTRAINT ck_billing_plans_code CHECK (code ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
    CONSTRAINT ck_billing_plans_current_version CHECK (current_version >= 1)
);

CREATE TABLE billing_plan_versions (
    plan_id       uuid        NOT NULL,
    version       integer     NOT NULL,
    name          varchar(80) NOT NULL,
    currency      char(3)     NOT NULL,
    monthly_price bigint      NOT NULL,
    yearly_price  bigint      NOT NULL,
    active        boolean     NOT NULL,
    created_at    timestamptz NOT NULL,
    CONSTRAINT pk_billing_plan_versions PRIMARY KEY (plan_id, version),
    CONSTRAINT fk_billing_plan_versions_plan FOREIGN KEY (plan_id) REFERENCES billing_plans (id),
    CONSTRAINT ck_billing_plan_versions_version CHECK (version >= 1),
    CONSTRAINT ck_billing_plan_versions_name CHECK (char_length(btrim(name)) BETWEEN 1 AND 80),
    CONSTRAINT ck_billing_plan_versions_currency CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT ck_billing_plan_versions_prices CHECK (monthly_price BETWEEN 0 AND 10000000000
        AND yearly_price BETWEEN 0 AND 10000000000)
);

--comment: Per metric: what the base price includes, a hard cap (null: none) and a graduated overage price
--comment: (tier i: overage units up to overage_up_to[i] cost overage_amounts[i] per overage_per units; the last tier
--comment: is open-ended, its upTo null; no overage_per: nothing beyond included).
CREATE TABLE billing_plan_limits (
    plan_id       uuid        NOT NULL,
    version       integer     NOT NULL,
    metric        varchar(20) NOT NULL,
    included      bigint      NOT NULL,
    hard_cap      bigint,
    overage_per     bigint,
    overage_up_to   bigint[],
    overage_amounts bigint[],
    CONSTRAINT pk_billing_plan_limits PRIMARY KEY (plan_id, version, metric),
    CONSTRAINT fk_billing_plan_limits_version FOREIGN KEY (plan_id, version)
        REFERENCES billing_plan_versions (plan_id, version),
    CONSTRAINT ck_billing_plan_limits_metric CHECK (metric IN ('llm_tokens', 'llm_cost', 'image_generations',
        'ai_runs', 'storage_bytes', 'seats')),
    CONSTRAINT ck_billing_plan_limits_included CHECK (included >= 0),
    CONSTRAINT ck_billing_plan_limits_hard_cap CHECK (hard_cap IS NULL OR hard_cap >= included),
    CONSTRAINT ck_billing_plan_limits_overage CHECK ((overage_per IS NULL) = (overage_amounts IS NULL)
        AND (overage_amounts IS NULL) = (overage_up_to IS NULL)
        AND (overage_per IS NULL OR overage_per >= 1)
        AND (overage_amounts IS NULL OR (cardinality(overage_amounts) BETWEEN 1 AND 10
            AND cardinality(overage_amounts) = cardinality(overage_up_to)
            AND overage_up_to[cardinality(overage_up_to)] IS NULL
            AND 0 <= ALL (overage_amounts))))
);

--changeset blogflow:billing-002-subscriptions
--comment: One subscription per account. Periods are anchored at anchor_at; pending_* is a downgrade waiting for the
--comment: period end; provider_event_at is the newest payment-provider event applied (older ones are ignored).
CREATE TABLE billing_subscriptions (
    id                    uuid         NOT NULL,
    account_id            uuid         NOT NULL,
    plan_id               uuid         NOT NULL,
    plan_version          integer      NOT NULL,
    billing_interval      varchar(5)   NOT NULL,
    status                varchar(10)  NOT NULL,
    anchor_at             timestamptz  NOT NULL,
    period_start          timestamptz  NOT NULL,
    period_end            timestamptz  NOT NULL,
    pending_plan_id       uuid,
    pending_plan_version  integer,
    pending_interval      varchar(5),
    past_due_since        timestamptz,
    provider_customer     varchar(255),
    provider_subscription varchar(255),
    provider_event_at     timestamptz,
    version               bigint       NOT NULL DEFAULT 0,
    created_at            timestamptz  NOT NULL,
    CONSTRAINT pk_billing_subscriptions PRIMARY KEY (id),
    CONSTRAINT uq_billing_subscriptions_account UNIQUE (account_id),
    CONSTRAINT uq_billing_subscriptions_customer UNIQUE (provider_customer),
    CONSTRAINT uq_billing_subscriptions_provider UNIQUE (provider_subscription),
    CONSTRAINT fk_billing_subscriptions_account FOREIGN KEY (account_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_billing_subscriptions_plan FOREIGN KEY (plan_id, plan_version)
        REFERENCES billing_plan_versions (plan_id, version),
    CONSTRAINT fk_billing_subscriptions_pending FOREIGN KEY (pending_plan_id, pending_plan_version)
        REFERENCES billing_plan_versions (plan_id, version),
    CONSTRAINT ck_billing_subscriptions_interval CHECK (billing_interval IN ('month', 'year')),
    CONSTRAINT ck_billing_subscriptions_pending CHECK ((pending_plan_id IS NULL) = (pending_plan_version IS NULL)
        AND (pending_plan_id IS NULL) = (pending_interval IS NULL)
        AND (pending_interval IS NULL OR pending_interval IN ('month', 'year'))),
    CONSTRAINT ck_billing_subscriptions_status CHECK (status IN ('trialing', 'active', 'past_due', 'canceled')),
    CONSTRAINT ck_billing_subscriptions_past_due CHECK ((status = 'past_due') = (past_due_since IS NOT NULL)),
    CONSTRAINT ck_billing_subscriptions_period CHECK (period_start < period_end AND anchor_at <= period_start),
    CONSTRAINT ck_billing_subscriptions_version CHECK (version >= 0)
);
-- the rollover job claims ended periods; dunning claims past-due ones
CREATE INDEX ix_billing_subscriptions_period_end ON billing_subscriptions (period_end);
CREATE INDEX ix_billing_subscriptions_past_due ON billing_subscriptions (past_due_since) WHERE status = 'past_due';

--changeset blogflow:billing-003-usage
--comment: The account's counters for its current period: used, reserved by calls in flight, and the ceiling no
--comment: reservation may pass (null: none), copied from the plan so a reservation is one statement on these rows.
CREATE TABLE billing_usage_counters (
    account_id       uuid        NOT NULL,
    metric           varchar(20) NOT NULL,
    period_start     timestamptz NOT NULL,
    period_end       timestamptz NOT NULL,
    used             bigint      NOT NULL DEFAULT 0,
    reserved         bigint      NOT NULL DEFAULT 0,
    included         bigint      NOT NULL,
    ceiling          bigint,
    notified_percent smallint    NOT NULL DEFAULT 0,
    CONSTRAINT pk_billing_usage_counters PRIMARY KEY (account_id, metric),
    CONSTRAINT fk_billing_usage_counters_account FOREIGN KEY (account_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT ck_billing_usage_counters_metric CHECK (metric IN ('llm_tokens', 'llm_cost', 'image_generations',
        'ai_runs', 'storage_bytes', 'seats')),
    CONSTRAINT ck_billing_usage_counters_amounts CHECK (used >= 0 AND reserved >= 0 AND included >= 0
        AND (ceiling IS NULL OR ceiling >= 0)),
    CONSTRAINT ck_billing_usage_counters_notified CHECK (notified_percent IN (0, 80, 100)),
    CONSTRAINT ck_billing_usage_counters_period CHECK (period_start < period_end)
);

--comment: What calls in flight hold: settled once (committed or released) by a conditional update on status.
CREATE TABLE billing_usage_reservations (
    id         uuid         NOT NULL,
    account_id uuid         NOT NULL,
    reference  varchar(250) NOT NULL,
    source     varchar(20)  NOT NULL,
    metrics    text[]       NOT NULL,
    quantities bigint[]     NOT NULL,
    status     varchar(10)  NOT NULL DEFAULT 'held',
    created_at timestamptz  NOT NULL,
    expires_at timestamptz  NOT NULL,
    CONSTRAINT pk_billing_usage_reservations PRIMARY KEY (id),
    CONSTRAINT fk_billing_usage_reservations_account FOREIGN KEY (account_id) REFERENCES users (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_billing_usage_reservations_status CHECK (status IN ('held', 'committed', 'released', 'expired')),
    CONSTRAINT ck_billing_usage_reservations_lines CHECK (cardinality(metrics) = cardinality(quantities)
        AND cardinality(metrics) >= 1),
    CONSTRAINT ck_billing_usage_reservations_expiry CHECK (expires_at > created_at)
);
CREATE INDEX ix_billing_usage_reservations_held ON billing_usage_reservations (expires_at) WHERE status = 'held';

--comment: The usage ledger. A repeated idempotency key is refused by the unique constraint and changes nothing.
--comment: exported_at: when it was pushed to the payment provider as a meter event (null: not yet, or never).
CREATE TABLE billing_usage_records (
    id              bigint GENERATED ALWAYS AS IDENTITY,
    idempotency_key varchar(300) NOT NULL,
    account_id      uuid         NOT NULL,
    metric          varchar(20)  NOT NULL,
    quantity        bigint       NOT NULL,
    source          varchar(20)  NOT NULL,
    occurred_at     timestamptz  NOT NULL,
    exported_at     timestamptz,
    CONSTRAINT pk_billing_usage_records PRIMARY KEY (id),
    CONSTRAINT uq_billing_usage_records_key UNIQUE (idempotency_key),
    CONSTRAINT fk_billing_usage_records_account FOREIGN KEY (account_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT ck_billing_usage_records_metric CHECK (metric IN ('llm_tokens', 'llm_cost', 'image_generations',
        'ai_runs', 'storage_bytes', 'seats')),
    CONSTRAINT ck_billing_usage_records_quantity CHECK (quantity <> 0)
);
CREATE INDEX ix_billing_usage_records_account ON billing_usage_records (account_id, occurred_at);
CREATE INDEX ix_billing_usage_records_unexported ON billing_usage_records (id) WHERE exported_at IS NULL;

--comment: What each closed period used, per metric: the usage history and the base of its invoice.
CREATE TABLE billing_usage_periods (
    account_id   uuid        NOT NULL,
    period_start timestamptz NOT NULL,
    period_end   timestamptz NOT NULL,
    metric       varchar(20) NOT NULL,
    used         bigint      NOT NULL,
    CONSTRAINT pk_billing_usage_periods PRIMARY KEY (account_id, period_start, metric),
    CONSTRAINT fk_billing_usage_periods_account FOREIGN KEY (account_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT ck_billing_usage_periods_period CHECK (period_start < period_end),
    CONSTRAINT ck_billing_usage_periods_used CHECK (used >= 0)
);

--changeset blogflow:billing-004-invoices
--comment: Invoices. A draft has no number; finalizing takes the year's next number from billing_invoice_numbers in
--comment: the same transaction, so numbers have no gaps. One invoice per subscription period.
CREATE TABLE billing_invoices (
    id               uuid        NOT NULL,
    number           varchar(20),
    account_id       uuid        NOT NULL,
    subscription_id  uuid        NOT NULL,
    currency         char(3)     NOT NULL,
    period_start     timestamptz NOT NULL,
    period_end       timestamptz NOT NULL,
    status           varchar(13) NOT NULL,
    created_at       timestamptz NOT NULL,
    finalized_at     timestamptz,
    settled_at       timestamptz,
    paid_with        varchar(10),
    provider_invoice varchar(255),
    version          bigint      NOT NULL DEFAULT 0,
    CONSTRAINT pk_billing_invoices PRIMARY KEY (id),
    CONSTRAINT uq_billing_invoices_number UNIQUE (number),
    CONSTRAINT uq_billing_invoices_period UNIQUE (subscription_id, period_start),
    -- invoices are kept for the books: an account with invoices is erased (anonymised), never deleted
    CONSTRAINT fk_billing_invoices_account FOREIGN KEY (account_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT fk_billing_invoices_subscription FOREIGN KEY (subscription_id) REFERENCES billing_subscriptions (id)
        ON DELETE RESTRICT,
    CONSTRAINT ck_billing_invoices_number CHECK (number ~ '^[0-9]{4}-[0-9]{6}$'),
    CONSTRAINT ck_billing_invoices_status CHECK (status IN ('draft', 'open', 'paid', 'void', 'uncollectible')),
    CONSTRAINT ck_billing_invoices_finalized CHECK ((number IS NULL) = (finalized_at IS NULL)
        AND (status <> 'draft' OR finalized_at IS NULL)
        AND (status NOT IN ('open', 'paid', 'uncollectible') OR finalized_at IS NOT NULL)),
    CONSTRAINT ck_billing_invoices_paid_with CHECK (paid_with IS NULL OR (status = 'paid'
        AND paid_with IN ('manual', 'provider'))),
    CONSTRAINT ck_billing_invoices_currency CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT ck_billing_invoices_period CHECK (period_start < period_end),
    CONSTRAINT ck_billing_invoices_version CHECK (version >= 0)
);
CREATE INDEX ix_billing_invoices_account ON billing_invoices (account_id, created_at DESC);
CREATE INDEX ix_billing_invoices_drafts ON billing_invoices (created_at) WHERE status = 'draft';

CREATE TABLE billing_invoice_lines (
    invoice_id  uuid         NOT NULL,
    position    integer      NOT NULL,
    kind        varchar(10)  NOT NULL,
    description varchar(300) NOT NULL,
    metric      varchar(20),
    quantity    bigint       NOT NULL,
    amount      bigint       NOT NULL,
    CONSTRAINT pk_billing_invoice_lines PRIMARY KEY (invoice_id, position),
    CONSTRAINT fk_billing_invoice_lines_invoice FOREIGN KEY (invoice_id) REFERENCES billing_invoices (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_billing_invoice_lines_kind CHECK (kind IN ('base', 'overage', 'proration')),
    CONSTRAINT ck_billing_invoice_lines_metric CHECK ((kind = 'overage') = (metric IS NOT NULL)),
    CONSTRAINT ck_billing_invoice_lines_quantity CHECK (quantity >= 0)
);

CREATE TABLE billing_invoice_numbers (
    year        integer NOT NULL,
    last_number bigint  NOT NULL,
    CONSTRAINT pk_billing_invoice_numbers PRIMARY KEY (year),
    CONSTRAINT ck_billing_invoice_numbers_last CHECK (last_number BETWEEN 1 AND 999999)
);

--comment: Lines waiting for a subscription's next invoice (prorations of plan changes).
CREATE TABLE billing_pending_charges (
    id              bigint GENERATED ALWAYS AS IDENTITY,
    subscription_id uuid         NOT NULL,
    kind            varchar(10)  NOT NULL,
    description     varchar(300) NOT NULL,
    quantity        bigint       NOT NULL,
    amount          bigint       NOT NULL,
    created_at      timestamptz  NOT NULL,
    CONSTRAINT pk_billing_pending_charges PRIMARY KEY (id),
    CONSTRAINT fk_billing_pending_charges_subscription FOREIGN KEY (subscription_id)
        REFERENCES billing_subscriptions (id) ON DELETE CASCADE,
    CONSTRAINT ck_billing_pending_charges_kind CHECK (kind IN ('base', 'proration'))
);
CREATE INDEX ix_billing_pending_charges_subscription ON billing_pending_charges (subscription_id, id);

--comment: Payment-provider webhook events handled, by id: the primary key makes a replay a no-op.
CREATE TABLE billing_provider_events (
    event_id    varchar(255) NOT NULL,
    type        varchar(60)  NOT NULL,
    received_at timestamptz  NOT NULL,
    CONSTRAINT pk_billing_provider_events PRIMARY KEY (event_id)
);

--changeset blogflow:billing-005-seed-plans
--comment: The catalogue a new installation starts with (USD; llm_cost in micro-dollars). Admins edit it (new versions).
INSERT INTO billing_plans (id, code, current_version, created_at) VALUES
    ('0190a000-0000-7000-8000-000000000001', 'free', 1, now()),
    ('0190a000-0000-7000-8000-000000000002', 'pro', 1, now()),
    ('0190a000-0000-7000-8000-000000000003', 'business', 1, now());
INSERT INTO billing_plan_versions (plan_id, version, name, currency, monthly_price, yearly_price, active, created_at)
VALUES
    ('0190a000-0000-7000-8000-000000000001', 1, 'Free', 'USD', 0, 0, true, now()),
    ('0190a000-0000-7000-8000-000000000002', 1, 'Pro', 'USD', 1900, 19000, true, now()),
    ('0190a000-0000-7000-8000-000000000003', 1, 'Business', 'USD', 9900, 99000, true, now());
INSERT INTO billing_plan_limits (plan_id, version, metric, included, hard_cap, overage_per, overage_up_to,
                                 overage_amounts) VALUES
    ('0190a000-0000-7000-8000-000000000001', 1, 'llm_tokens', 100000, 100000, NULL, NULL, NULL),
    ('0190a000-0000-7000-8000-000000000001', 1, 'llm_cost', 1000000, 1000000, NULL, NULL, NULL),
    ('0190a000-0000-7000-8000-000000000001', 1, 'image_generations', 10, 10, NULL, NULL, NULL),
    ('0190a000-0000-7000-8000-000000000001', 1, 'ai_runs', 50, 50, NULL, NULL, NULL),
    ('0190a000-0000-7000-8000-000000000001', 1, 'storage_bytes', 1073741824, 1073741824, NULL, NULL, NULL),
    ('0190a000-0000-7000-8000-000000000001', 1, 'seats', 3, 3, NULL, NULL, NULL),
    ('0190a000-0000-7000-8000-000000000002', 1, 'llm_tokens', 2000000, 10000000, 100000, '{NULL}', '{20}'),
    ('0190a000-0000-7000-8000-000000000002', 1, 'llm_cost', 20000000, 100000000, 10000, '{NULL}', '{1}'),
    ('0190a000-0000-7000-8000-000000000002', 1, 'image_generations', 200, 1000, 1, '{NULL}', '{4}'),
    ('0190a000-0000-7000-8000-000000000002', 1, 'ai_runs', 2000, NULL, 1,
        '{1000,NULL}', '{2,1}'),
    ('0190a000-0000-7000-8000-000000000002', 1, 'storage_bytes', 21474836480, 107374182400, 1073741824,
        '{NULL}', '{10}'),
    ('0190a000-0000-7000-8000-000000000002', 1, 'seats', 10, 25, 1, '{NULL}', '{500}'),
    ('0190a000-0000-7000-8000-000000000003', 1, 'llm_tokens', 20000000, NULL, 100000,
        '{100000000,NULL}', '{15,10}'),
    ('0190a000-0000-7000-8000-000000000003', 1, 'llm_cost', 200000000, NULL, 10000, '{NULL}', '{1}'),
    ('0190a000-0000-7000-8000-000000000003', 1, 'image_generations', 2000, NULL, 1,
        '{5000,NULL}', '{3,2}'),
    ('0190a000-0000-7000-8000-000000000003', 1, 'ai_runs', 20000, NULL, 1, '{NULL}', '{1}'),
    ('0190a000-0000-7000-8000-000000000003', 1, 'storage_bytes', 214748364800, NULL, 1073741824,
        '{NULL}', '{8}'),
    ('0190a000-0000-7000-8000-000000000003', 1, 'seats', 50, NULL, 1, '{NULL}', '{400}');
