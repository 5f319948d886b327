--liquibase formatted sql

--changeset blogflow:notifications-001-notifications
--comment: In-app notifications: one row per recipient of a notice; read once read_at is set. They go with their recipient.
CREATE TABLE notifications (
    id           uuid          NOT NULL,
    recipient_id uuid          NOT NULL,
    type         varchar(100)  NOT NULL,
    title        varchar(200)  NOT NULL,
    body         varchar(2000) NOT NULL,
    link         varchar(2048),
    data         jsonb         NOT NULL DEFAULT '{}',
    created_at   timestamptz   NOT NULL,
    read_at      timestamptz,
    CONSTRAINT pk_notifications PRIMARY KEY (id),
    CONSTRAINT fk_notifications_recipient FOREIGN KEY (recipient_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT ck_notifications_type CHECK (type ~ '^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$'),
    CONSTRAINT ck_notifications_title CHECK (length(title) >= 1),
    CONSTRAINT ck_notifications_data_object CHECK (jsonb_typeof(data) = 'object')
);
CREATE INDEX ix_notifications_recipient_created ON notifications (recipient_id, created_at DESC, id DESC);
CREATE INDEX ix_notifications_unread ON notifications (recipient_id) WHERE read_at IS NULL;
