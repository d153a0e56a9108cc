-- Audit chain off the hot path (libs/audit README): audit_log becomes a plain append-only table whose
-- seq comes from a sequence (appenders no longer lock or read the last row); the SM3 hash chain moves
-- to audit_chain, written after commit by the one AuditChainer holding the chain's advisory lock.
-- Existing audit rows keep their seq; their old prev_hash/hash are dropped (run `node tools/db.mjs
-- audit-verify` before migrating a database whose history matters) and the chainer chains them on
-- its first run, in seq order.

CREATE SEQUENCE "audit_log_seq_seq" AS BIGINT OWNED BY "audit_log"."seq";
SELECT setval('"audit_log_seq_seq"', COALESCE((SELECT max("seq") FROM "audit_log"), 0) + 1, false);
ALTER TABLE "audit_log" ALTER COLUMN "seq" SET DEFAULT nextval('"audit_log_seq_seq"');
ALTER TABLE "audit_log" DROP COLUMN "prev_hash", DROP COLUMN "hash";

-- One row per chained audit row, in chaining order: hash = SM3(prev_hash ‖ canonical JSON of
-- {position, prevHash, the audit row's columns}). Append-only like audit_log; the FK keeps a
-- chained audit row from being deleted even with audit_log's triggers disabled.
CREATE TABLE "audit_chain" (
    "position"   BIGINT      NOT NULL,
    "audit_seq"  BIGINT      NOT NULL,
    "prev_hash"  TEXT        NOT NULL,
    "hash"       TEXT        NOT NULL,
    "chained_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "audit_chain_pkey" PRIMARY KEY ("position"),
    CONSTRAINT "audit_chain_audit_seq_key" UNIQUE ("audit_seq"),
    CONSTRAINT "audit_chain_audit_seq_fkey" FOREIGN KEY ("audit_seq") REFERENCES "audit_log" ("seq")
        ON DELETE RESTRICT ON UPDATE RESTRICT
);

CREATE FUNCTION "audit_chain_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_chain is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "audit_chain_no_update" BEFORE UPDATE OR DELETE ON "audit_chain"
    FOR EACH ROW EXECUTE FUNCTION "audit_chain_refuse_change"();
CREATE TRIGGER "audit_chain_no_truncate" BEFORE TRUNCATE ON "audit_chain"
    FOR EACH STATEMENT EXECUTE FUNCTION "audit_chain_refuse_change"();
