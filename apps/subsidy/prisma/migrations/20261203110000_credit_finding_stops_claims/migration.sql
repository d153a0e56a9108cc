-- docs/SPEC.md 5.3a: a credit finding in effect against a consortium's lead or member stops its
-- pending claims (policy credit.stopsPendingClaims). The claim says why it was stopped; the members
-- of each consortium are kept from its registration; findings are merged in any event order.
ALTER TABLE "claim" ADD COLUMN "stop_rule" TEXT,
                    ADD COLUMN "stop_reason" TEXT,
                    ADD COLUMN "stopped_by_finding" TEXT;
UPDATE "claim" SET "stop_rule" = '5.2c' WHERE "status" = 'STOPPED';

CREATE TABLE "consortium_member" (
    "consortium_id" TEXT NOT NULL,
    "uscc" TEXT NOT NULL,
    CONSTRAINT "consortium_member_pkey" PRIMARY KEY ("consortium_id", "uscc")
);
CREATE INDEX "consortium_member_uscc_idx" ON "consortium_member"("uscc");

CREATE TABLE "credit_finding" (
    "finding_id" TEXT NOT NULL,
    "uscc" TEXT NOT NULL,
    "recorded" BOOLEAN NOT NULL DEFAULT false,
    "decision_ref" TEXT,
    "valid_from" TEXT,
    "valid_until" TEXT,
    "ended_on" TEXT,
    "policy_version" TEXT,
    CONSTRAINT "credit_finding_pkey" PRIMARY KEY ("finding_id"),
    CONSTRAINT "credit_finding_recorded_check" CHECK (NOT "recorded" OR "valid_from" IS NOT NULL)
);
CREATE INDEX "credit_finding_uscc_idx" ON "credit_finding"("uscc");
