-- Platform tables that every service database carries (ARCHITECTURE.md "Events", "Deadlines", "Audit").
-- Each service's prisma/migrations folder links this migration, so `prisma migrate deploy` and our
-- runner (libs/persistence) agree on it; the Prisma models are in libs/persistence/prisma/platform.prisma.

-- Transactional outbox: written in the same transaction as the state change; the relay claims rows
-- with FOR UPDATE SKIP LOCKED, publishes with confirms and marks them sent.
CREATE TABLE "outbox_event" (
    "id"              UUID        NOT NULL,
    "type"            TEXT        NOT NULL,
    "envelope"        JSONB       NOT NULL,
    "created_at"      TIMESTAMPTZ NOT NULL DEFAULT now(),
    "attempts"        INTEGER     NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "last_error"      TEXT,
    "sent_at"         TIMESTAMPTZ,
    CONSTRAINT "outbox_event_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "outbox_event_unsent_idx" ON "outbox_event" ("next_attempt_at") WHERE "sent_at" IS NULL;

-- Idempotent inbox: one row per (consumer, event id), inserted in the handler's transaction.
CREATE TABLE "inbox_event" (
    "consumer"     TEXT        NOT NULL,
    "event_id"     UUID        NOT NULL,
    "type"         TEXT        NOT NULL,
    "processed_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT "inbox_event_pkey" PRIMARY KEY ("consumer", "event_id")
);

-- Deadlines are rows first; a BullMQ delayed job (jobId = id) is derived from each PENDING row.
CREATE TABLE "deadline" (
    "id"          TEXT        NOT NULL,            -- '<kind>:<subjectId>'
    "kind"        TEXT        NOT NULL,
    "subject_id"  TEXT        NOT NULL,
    "due_at"      TIMESTAMPTZ NOT NULL,
    "provisional" BOOLEAN     NOT NULL DEFAULT false,
    "status"      TEXT        NOT NULL DEFAULT 'PENDING',
    "fired_at"    TIMESTAMPTZ,
    "created_at"  TIMESTAMPTZ NOT NULL DEFAULT now(),
    "updated_at"  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT "deadline_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "deadline_status_check" CHECK ("status" IN ('PENDING', 'FIRED', 'CANCELLED'))
);
CREATE INDEX "deadline_pending_idx" ON "deadline" ("due_at") WHERE "status" = 'PENDING';

-- Idempotency-Key store for retried mutations.
CREATE TABLE "idempotency_key" (
    "scope"           TEXT        NOT NULL,        -- caller + method + route
    "key"             TEXT        NOT NULL,
    "request_hash"    TEXT        NOT NULL,
    "status"          TEXT        NOT NULL DEFAULT 'IN_PROGRESS',
    "response_status" INTEGER,
    "response_body"   JSONB,
    "created_at"      TIMESTAMPTZ NOT NULL DEFAULT now(),
    "completed_at"    TIMESTAMPTZ,
    CONSTRAINT "idempotency_key_pkey" PRIMARY KEY ("scope", "key"),
    CONSTRAINT "idempotency_key_status_check" CHECK ("status" IN ('IN_PROGRESS', 'DONE'))
);

-- Security audit (等保 2.0): append-only, SM3 hash chain. UPDATE/DELETE/TRUNCATE are refused by
-- triggers for every role, and revoked from the service role by libs/persistence.
CREATE TABLE "audit_log" (
    "seq"         BIGINT      NOT NULL,
    "at"          TIMESTAMPTZ NOT NULL,
    "actor"       TEXT        NOT NULL,
    "role"        TEXT        NOT NULL,
    "action"      TEXT        NOT NULL,
    "object_type" TEXT        NOT NULL,
    "object_id"   TEXT        NOT NULL,
    "ip"          TEXT,
    "outcome"     TEXT        NOT NULL,
    "detail"      JSONB,
    "prev_hash"   TEXT        NOT NULL,
    "hash"        TEXT        NOT NULL,
    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("seq")
);

CREATE FUNCTION "audit_log_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "audit_log_no_update" BEFORE UPDATE OR DELETE ON "audit_log"
    FOR EACH ROW EXECUTE FUNCTION "audit_log_refuse_change"();
CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
    FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_refuse_change"();
