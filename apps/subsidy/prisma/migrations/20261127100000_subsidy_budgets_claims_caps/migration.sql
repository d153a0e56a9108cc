-- Subsidy (后补助, SPEC §4, 5.2b–c): the registry's consortia as this service knows them, their latest
-- evaluation grade, the budget per year, the running granted total per platform/project (caps 4.3,
-- 4.4) and the claims. Money is integer fen (BIGINT). The caps and the budget hold in the database:
-- a grant adds to budget.granted_fen and subject_grant.granted_fen in its transaction, and the CHECKs
-- below refuse any total past the budget or the cap whatever the code does.

-- CreateTable
CREATE TABLE "consortium" (
    "id" TEXT NOT NULL,
    "lead_uscc" TEXT NOT NULL,
    "filing_number" TEXT NOT NULL,
    "name" TEXT,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "delisted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "consortium_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "consortium_status_check" CHECK ("status" IN ('ACTIVE', 'DELISTED')),
    CONSTRAINT "consortium_delisted_check" CHECK (("status" = 'DELISTED') = ("delisted_at" IS NOT NULL))
);

-- CreateIndex
CREATE INDEX "consortium_lead_uscc_idx" ON "consortium"("lead_uscc");

-- CreateTable
CREATE TABLE "evaluation_grade" (
    "consortium_id" TEXT NOT NULL,
    "evaluation_id" TEXT NOT NULL,
    "cycle" INTEGER NOT NULL,
    "grade" TEXT NOT NULL,
    "passed" BOOLEAN NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "evaluation_grade_pkey" PRIMARY KEY ("consortium_id"),
    CONSTRAINT "evaluation_grade_grade_check" CHECK ("grade" IN ('EXCELLENT', 'GOOD', 'QUALIFIED', 'UNQUALIFIED'))
);

-- CreateTable
CREATE TABLE "budget" (
    "year" INTEGER NOT NULL,
    "total_fen" BIGINT NOT NULL,
    "granted_fen" BIGINT NOT NULL DEFAULT 0,
    "updated_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "budget_pkey" PRIMARY KEY ("year"),
    CONSTRAINT "budget_year_check" CHECK ("year" BETWEEN 2024 AND 2100),
    CONSTRAINT "budget_not_overspent_check"
        CHECK ("total_fen" >= 0 AND "granted_fen" >= 0 AND "granted_fen" <= "total_fen")
);

-- CreateTable
CREATE TABLE "subject_grant" (
    "category" TEXT NOT NULL,
    "subject_ref" TEXT NOT NULL,
    "cap_fen" BIGINT,
    "granted_fen" BIGINT NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "subject_grant_pkey" PRIMARY KEY ("category", "subject_ref"),
    CONSTRAINT "subject_grant_cap_check"
        CHECK ("granted_fen" >= 0 AND ("cap_fen" IS NULL OR "granted_fen" <= "cap_fen"))
);

-- CreateTable
CREATE TABLE "claim" (
    "id" UUID NOT NULL,
    "consortium_id" TEXT NOT NULL,
    "lead_uscc" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "subject_ref" TEXT NOT NULL,
    "subject_name" TEXT NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "evidence_attachment_ids" TEXT[] NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "granted_fen" BIGINT NOT NULL DEFAULT 0,
    "budget_year" INTEGER,
    "opinion" TEXT,
    "decided_by" TEXT,
    "decided_at" TIMESTAMPTZ(3),
    "stopped_at" TIMESTAMPTZ(3),
    "policy_version" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "claim_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "claim_consortium_id_fkey" FOREIGN KEY ("consortium_id") REFERENCES "consortium"("id")
        ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "claim_status_check" CHECK ("status" IN ('PENDING', 'GRANTED', 'REJECTED', 'STOPPED')),
    CONSTRAINT "claim_category_check" CHECK ("category" IN ('COOPERATION', 'OPEN_COMPETITION',
        'PILOT_PLATFORM', 'TRANSFORMATION_PROJECT', 'INCUBATION', 'TALENT', 'FINANCE')),
    CONSTRAINT "claim_amount_check" CHECK ("amount_fen" >= 0 AND "granted_fen" >= 0
        AND "granted_fen" <= "amount_fen" AND ("status" = 'GRANTED' OR "granted_fen" = 0)),
    CONSTRAINT "claim_decided_check"
        CHECK (("status" IN ('GRANTED', 'REJECTED')) = ("decided_at" IS NOT NULL AND "budget_year" IS NOT NULL)),
    CONSTRAINT "claim_stopped_check" CHECK (("status" = 'STOPPED') = ("stopped_at" IS NOT NULL))
);

-- CreateIndex
CREATE INDEX "claim_consortium_id_status_idx" ON "claim"("consortium_id", "status");

-- CreateIndex
CREATE INDEX "claim_lead_uscc_idx" ON "claim"("lead_uscc");

-- CreateIndex
CREATE INDEX "claim_category_subject_ref_idx" ON "claim"("category", "subject_ref");
