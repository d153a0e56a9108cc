-- Publicity (公示, SPEC §3.5–3.6, §7): working-day calendar data, candidates, notices, items, objections.

-- CreateTable
CREATE TABLE "calendar_year" (
    "year" INTEGER NOT NULL,
    "holidays" TEXT[] NOT NULL,
    "makeup_workdays" TEXT[] NOT NULL,
    "entered_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "calendar_year_pkey" PRIMARY KEY ("year"),
    CONSTRAINT "calendar_year_year_check" CHECK ("year" BETWEEN 1000 AND 9999)
);

-- CreateTable
CREATE TABLE "candidate" (
    "application_id" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "decision" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "lead_uscc" TEXT NOT NULL,
    "lead_name" TEXT NOT NULL,
    "jurisdiction_code" TEXT NOT NULL,
    "decided_at" TIMESTAMPTZ(3) NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "candidate_pkey" PRIMARY KEY ("application_id"),
    CONSTRAINT "candidate_decision_check" CHECK ("decision" IN ('TO_BE_FILED', 'REJECT'))
);

-- CreateTable
CREATE TABLE "notice" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "published_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "last_working_day" TEXT NOT NULL,
    "working_days" INTEGER NOT NULL,
    "counting_rule" TEXT NOT NULL,
    "closing_time" TEXT NOT NULL,
    "provisional" BOOLEAN NOT NULL,
    "unknown_years" INTEGER[] NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "policy_version" TEXT NOT NULL,
    "published_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notice_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "notice_status_check" CHECK ("status" IN ('OPEN', 'EXPIRED')),
    CONSTRAINT "notice_period_check" CHECK ("ends_at" > "published_at" AND "working_days" >= 1)
);

-- CreateTable
CREATE TABLE "notice_item" (
    "application_id" TEXT NOT NULL,
    "notice_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "lead_uscc" TEXT NOT NULL,
    "lead_name" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'IN_PUBLICITY',
    "decided_at" TIMESTAMPTZ(3),

    CONSTRAINT "notice_item_pkey" PRIMARY KEY ("application_id"),
    CONSTRAINT "notice_item_status_check"
        CHECK ("status" IN ('IN_PUBLICITY', 'AWAITING_RESOLUTION', 'CLEARED', 'CONTESTED')),
    CONSTRAINT "notice_item_decided_check"
        CHECK (("status" IN ('CLEARED', 'CONTESTED')) = ("decided_at" IS NOT NULL))
);

-- CreateTable
CREATE TABLE "objection" (
    "id" UUID NOT NULL,
    "notice_id" UUID NOT NULL,
    "application_id" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "contact_name" TEXT NOT NULL,
    "contact_phone" TEXT NOT NULL,
    "client_ip" TEXT,
    "filed_at" TIMESTAMPTZ(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "resolution_reason" TEXT,
    "resolved_by" TEXT,
    "resolved_at" TIMESTAMPTZ(3),

    CONSTRAINT "objection_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "objection_status_check" CHECK ("status" IN ('PENDING', 'UPHELD', 'DISMISSED')),
    CONSTRAINT "objection_phone_check" CHECK ("contact_phone" ~ '^1[3-9][0-9]{9}$'),
    CONSTRAINT "objection_resolution_check"
        CHECK (("status" = 'PENDING') = ("resolved_at" IS NULL))
);

-- CreateTable
CREATE TABLE "objection_rate_window" (
    "client_key" TEXT NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "hits" INTEGER NOT NULL,

    CONSTRAINT "objection_rate_window_pkey" PRIMARY KEY ("client_key", "window_start")
);

-- CreateIndex
CREATE INDEX "notice_published_at_idx" ON "notice"("published_at");

-- CreateIndex
CREATE INDEX "notice_item_notice_id_idx" ON "notice_item"("notice_id");

-- CreateIndex
CREATE INDEX "objection_application_id_status_idx" ON "objection"("application_id", "status");

-- CreateIndex
CREATE INDEX "objection_notice_id_idx" ON "objection"("notice_id");

-- Provisional notices still open: recomputed when a year is entered (SPEC §7).
CREATE INDEX "notice_open_provisional_idx" ON "notice"("id") WHERE "provisional" AND "status" = 'OPEN';

-- AddForeignKey
ALTER TABLE "notice_item" ADD CONSTRAINT "notice_item_notice_id_fkey" FOREIGN KEY ("notice_id") REFERENCES "notice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "objection" ADD CONSTRAINT "objection_notice_id_fkey" FOREIGN KEY ("notice_id") REFERENCES "notice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "objection" ADD CONSTRAINT "objection_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "notice_item"("application_id") ON DELETE RESTRICT ON UPDATE CASCADE;
