--liquibase formatted sql

--changeset blogflow:audit-001-audit-log
--comment: Append-only record of who did what, written in the same transaction as the change it describes.
CREATE TABLE audit_log (
    id          uuid         NOT NULL,
    occurred_at timestamptz  NOT NULL,
    actor_id    uuid,
    action      varchar(100) NOT NULL,
    target_type varchar(50),
    target_id   varchar(100),
    before      jsonb,
    after       jsonb,
    ip          varchar(45),
    user_agent  varchar(512),
    request_id  varchar(128),
    CONSTRAINT pk_audit_log PRIMARY KEY (id)
);
CREATE INDEX ix_audit_log_occurred_at ON audit_log (occurred_at DESC, id DESC);
CREATE INDEX ix_audit_log_actor ON audit_log (actor_id, occurred_at DESC);
CREATE INDEX ix_audit_log_target ON audit_log (target_type, target_id, occurred_at DESC);

--changeset blogflow:audit-002-append-only splitStatements:false
--comment: The database itself refuses to change or delete audit entries.
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER tr_audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
