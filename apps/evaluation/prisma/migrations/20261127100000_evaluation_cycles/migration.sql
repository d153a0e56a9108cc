-- Evaluation (SPEC §5.2a–c): the consortia the registry filed, their biennial evaluation cycles,
-- the lead's report, the evaluator's assignment and grade, and the two-failures rule.

-- CreateTable
CREATE TABLE "consortium" (
    "id" TEXT NOT NULL,
    "filing_number" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "lead_uscc" TEXT NOT NULL,
    "filed_on" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "delisting_decided_at" TIMESTAMPTZ(3),
    "delisted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "consortium_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "consortium_status_check" CHECK ("status" IN ('ACTIVE', 'DELISTED')),
    CONSTRAINT "consortium_filed_on_check" CHECK ("filed_on" ~ '^\d{4}-\d{2}-\d{2}$')
);

-- CreateTable
CREATE TABLE "evaluation" (
    "id" UUID NOT NULL,
    "consortium_id" TEXT NOT NULL,
    "lead_uscc" TEXT NOT NULL,
    "cycle" INTEGER NOT NULL,
    "opens_on" TEXT NOT NULL,
    "due_on" TEXT NOT NULL,
    "opens_at" TIMESTAMPTZ(3) NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'SCHEDULED',
    "evaluator_org_uscc" TEXT,
    "assigned_by" TEXT,
    "assigned_at" TIMESTAMPTZ(3),
    "report" JSONB,
    "submitted_by" TEXT,
    "submitted_at" TIMESTAMPTZ(3),
    "grade" TEXT,
    "passed" BOOLEAN,
    "consecutive_failures" INTEGER,
    "comment" TEXT,
    "graded_by" TEXT,
    "graded_at" TIMESTAMPTZ(3),
    "policy_version" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evaluation_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "evaluation_consortium_id_fkey" FOREIGN KEY ("consortium_id") REFERENCES "consortium"("id")
        ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "evaluation_status_check"
        CHECK ("status" IN ('SCHEDULED', 'OPEN', 'SUBMITTED', 'OVERDUE', 'GRADED', 'CANCELLED')),
    CONSTRAINT "evaluation_cycle_check" CHECK ("cycle" >= 1),
    CONSTRAINT "evaluation_window_check" CHECK ("due_at" > "opens_at"),
    CONSTRAINT "evaluation_grade_check"
        CHECK ("grade" IS NULL OR "grade" IN ('EXCELLENT', 'GOOD', 'QUALIFIED', 'UNQUALIFIED')),
    CONSTRAINT "evaluation_graded_check"
        CHECK (("status" = 'GRADED') = ("grade" IS NOT NULL AND "passed" IS NOT NULL
            AND "consecutive_failures" IS NOT NULL AND "graded_at" IS NOT NULL)),
    CONSTRAINT "evaluation_report_check" CHECK (("report" IS NULL) = ("submitted_at" IS NULL))
);

-- CreateIndex
CREATE UNIQUE INDEX "evaluation_consortium_id_cycle_key" ON "evaluation"("consortium_id", "cycle");

-- CreateIndex
CREATE INDEX "evaluation_lead_uscc_idx" ON "evaluation"("lead_uscc");

-- CreateIndex
CREATE INDEX "evaluation_evaluator_org_uscc_idx" ON "evaluation"("evaluator_org_uscc");
