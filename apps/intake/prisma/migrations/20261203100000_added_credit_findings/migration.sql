-- Credit findings (信用管理, docs/SPEC.md 5.3a): recorded by the Bureau against a unit; they block the
-- unit as lead or member of an application submitted while in effect. Dates are legal dates
-- (Asia/Shanghai, YYYY-MM-DD), the period inclusive; an early end keeps its reason.
CREATE TABLE "credit_finding" (
    "id" UUID NOT NULL,
    "uscc" TEXT NOT NULL,
    "unit_name" TEXT NOT NULL,
    "object_type" TEXT NOT NULL,
    "object_id" TEXT NOT NULL,
    "facts" TEXT NOT NULL,
    "decision_ref" TEXT NOT NULL,
    "valid_from" TEXT NOT NULL,
    "valid_until" TEXT,
    "policy_version" TEXT NOT NULL,
    "recorded_by" TEXT NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,
    "ended_on" TEXT,
    "ended_reason" TEXT,
    "ended_by" TEXT,
    "ended_at" TIMESTAMPTZ(3),
    CONSTRAINT "credit_finding_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "credit_finding_object_type_check"
        CHECK ("object_type" IN ('APPLICATION', 'CLAIM', 'EVALUATION_REPORT')),
    CONSTRAINT "credit_finding_period_check"
        CHECK ("valid_until" IS NULL OR "valid_until" >= "valid_from"),
    CONSTRAINT "credit_finding_ended_check"
        CHECK (("ended_on" IS NULL) = ("ended_reason" IS NULL)
           AND ("ended_on" IS NULL) = ("ended_by" IS NULL)
           AND ("ended_on" IS NULL) = ("ended_at" IS NULL))
);
CREATE INDEX "credit_finding_uscc_idx" ON "credit_finding"("uscc");

CREATE TABLE "credit_finding_evidence" (
    "id" UUID NOT NULL,
    "finding_id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "media_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploaded_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "credit_finding_evidence_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "credit_finding_evidence_finding_id_idx" ON "credit_finding_evidence"("finding_id");
ALTER TABLE "credit_finding_evidence" ADD CONSTRAINT "credit_finding_evidence_finding_id_fkey"
    FOREIGN KEY ("finding_id") REFERENCES "credit_finding"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
