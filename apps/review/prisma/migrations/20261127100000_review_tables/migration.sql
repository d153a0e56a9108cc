-- Review service tables: preliminary review, expert pool, panels and scores, city decisions, the
-- registry and its filing-number counter (SPEC §3.3–3.6, §5.2c).

-- CreateTable
CREATE TABLE "review_case" (
    "application_id" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "call_id" TEXT NOT NULL,
    "policy_version" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "jurisdiction_code" TEXT NOT NULL,
    "lead_uscc" TEXT NOT NULL,
    "lead_name" TEXT NOT NULL,
    "members" JSONB NOT NULL,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL,
    "status" TEXT NOT NULL,
    "city_decision" TEXT,
    "city_opinion" TEXT,
    "aggregate_score" DOUBLE PRECISION,
    "city_decided_by" TEXT,
    "city_decided_at" TIMESTAMPTZ(3),
    "notice_id" TEXT,
    "publicity_ended_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "review_case_pkey" PRIMARY KEY ("application_id"),
    CONSTRAINT "review_case_status_check" CHECK ("status" IN ('SUBMITTED', 'RETURNED', 'PRELIM_RECOMMENDED',
        'PRELIM_REJECTED', 'CITY_TO_BE_FILED', 'CITY_REJECTED', 'CLEARED', 'CONTESTED', 'FILED')),
    CONSTRAINT "review_case_revision_check" CHECK ("revision" >= 1)
);

-- CreateTable
CREATE TABLE "preliminary_decision" (
    "application_id" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "jurisdiction_code" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "opinion" TEXT NOT NULL,
    "decided_by" TEXT NOT NULL,
    "decided_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "preliminary_decision_pkey" PRIMARY KEY ("application_id","revision"),
    CONSTRAINT "preliminary_decision_decision_check" CHECK ("decision" IN ('RECOMMEND', 'RETURN', 'NOT_RECOMMEND'))
);

-- CreateTable
CREATE TABLE "expert" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "org_uscc" TEXT NOT NULL,
    "fields" TEXT[] NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "expert_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "expert_fields_idx" ON "expert" USING GIN ("fields");

-- CreateTable
CREATE TABLE "panel_draw" (
    "application_id" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "seed" TEXT NOT NULL,
    "candidates" JSONB NOT NULL,
    "conflicted_orgs" JSONB NOT NULL,
    "excluded" JSONB NOT NULL,
    "order" JSONB NOT NULL,
    "drawn_by" TEXT NOT NULL,
    "drawn_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "panel_draw_pkey" PRIMARY KEY ("application_id"),
    CONSTRAINT "panel_draw_size_check" CHECK ("size" >= 1)
);

-- CreateTable
CREATE TABLE "panel_assignment" (
    "application_id" TEXT NOT NULL,
    "expert_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "declined_at" TIMESTAMPTZ(3),
    "assigned_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "panel_assignment_pkey" PRIMARY KEY ("application_id","expert_id"),
    CONSTRAINT "panel_assignment_status_check" CHECK ("status" IN ('ASSIGNED', 'DECLINED'))
);
CREATE UNIQUE INDEX "panel_assignment_position_key" ON "panel_assignment" ("application_id", "position");

-- CreateTable
CREATE TABLE "expert_score" (
    "application_id" TEXT NOT NULL,
    "expert_id" UUID NOT NULL,
    "items" JSONB NOT NULL,
    "total" INTEGER NOT NULL,
    "comment" TEXT NOT NULL,
    "scored_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "expert_score_pkey" PRIMARY KEY ("application_id","expert_id"),
    CONSTRAINT "expert_score_total_check" CHECK ("total" BETWEEN 0 AND 100)
);

-- CreateTable
CREATE TABLE "filing_counter" (
    "year" INTEGER NOT NULL,
    "last_sequence" INTEGER NOT NULL,

    CONSTRAINT "filing_counter_pkey" PRIMARY KEY ("year"),
    CONSTRAINT "filing_counter_sequence_check" CHECK ("last_sequence" >= 1)
);

-- CreateTable
CREATE TABLE "consortium" (
    "id" UUID NOT NULL,
    "application_id" TEXT NOT NULL,
    "filing_number" TEXT NOT NULL,
    "filing_year" INTEGER NOT NULL,
    "filing_sequence" INTEGER NOT NULL,
    "filed_on" TEXT NOT NULL,
    "filed_at" TIMESTAMPTZ(3) NOT NULL,
    "name" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "jurisdiction_code" TEXT NOT NULL,
    "lead_uscc" TEXT NOT NULL,
    "lead_name" TEXT NOT NULL,
    "members" JSONB NOT NULL,
    "status" TEXT NOT NULL,
    "delisted_at" TIMESTAMPTZ(3),
    "delist_reason" TEXT,

    CONSTRAINT "consortium_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "consortium_status_check" CHECK ("status" IN ('ACTIVE', 'DELISTED'))
);
CREATE UNIQUE INDEX "consortium_application_id_key" ON "consortium"("application_id");
CREATE UNIQUE INDEX "consortium_filing_number_key" ON "consortium"("filing_number");
CREATE UNIQUE INDEX "consortium_filing_year_sequence_key" ON "consortium"("filing_year", "filing_sequence");

-- CreateIndex
CREATE INDEX "review_case_jurisdiction_status_idx" ON "review_case"("jurisdiction_code", "status");
