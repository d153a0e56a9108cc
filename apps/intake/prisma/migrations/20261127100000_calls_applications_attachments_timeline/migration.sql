-- intake: calls, applications (+ frozen revisions), attachments and the status timeline.
-- CHECK constraints and the C.1 partial unique index are here only (Prisma cannot express them).

-- CreateTable
CREATE TABLE "call" (
    "id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "opens_at" TIMESTAMPTZ(3) NOT NULL,
    "closes_at" TIMESTAMPTZ(3) NOT NULL,
    "policy_version" TEXT NOT NULL,
    "justification" TEXT,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "call_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "call_window_check" CHECK ("opens_at" < "closes_at")
);

-- CreateTable
CREATE TABLE "application" (
    "id" UUID NOT NULL,
    "call_id" UUID NOT NULL,
    "lead_uscc" TEXT NOT NULL,
    "jurisdiction_code" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "document" JSONB NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submitted_at" TIMESTAMPTZ(3),

    CONSTRAINT "application_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "application_status_check" CHECK ("status" IN ('DRAFT', 'SUBMITTED', 'RETURNED',
        'PRELIM_RECOMMENDED', 'PRELIM_REJECTED', 'CITY_TO_BE_FILED', 'CITY_REJECTED', 'IN_PUBLICITY',
        'CLEARED', 'CONTESTED', 'FILED')),
    CONSTRAINT "application_revision_check" CHECK ("revision" >= 0)
);

-- CreateTable
CREATE TABLE "application_revision" (
    "application_id" UUID NOT NULL,
    "revision" INTEGER NOT NULL,
    "document" JSONB NOT NULL,
    "attachments" JSONB NOT NULL,
    "findings" JSONB NOT NULL,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL,
    "submitted_by" TEXT NOT NULL,
    "submitted_ip" TEXT,
    "commitment_attachment_id" UUID NOT NULL,
    "event_id" UUID NOT NULL,

    CONSTRAINT "application_revision_pkey" PRIMARY KEY ("application_id","revision"),
    CONSTRAINT "application_revision_revision_check" CHECK ("revision" >= 1)
);

-- CreateTable
CREATE TABLE "attachment" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "category" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "media_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploaded_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "attachment_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "attachment_category_check" CHECK ("category" IN ('AGREEMENT', 'COMMITMENT', 'EVIDENCE', 'OTHER')),
    CONSTRAINT "attachment_sha256_check" CHECK ("sha256" ~ '^[0-9a-f]{64}$'),
    CONSTRAINT "attachment_size_check" CHECK ("size" >= 0)
);

-- CreateTable
CREATE TABLE "timeline_entry" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "status" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "event_id" UUID,
    "event_type" TEXT,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT,

    CONSTRAINT "timeline_entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "call_year_idx" ON "call"("year");

-- CreateIndex
CREATE INDEX "application_lead_uscc_call_id_idx" ON "application"("lead_uscc", "call_id");

-- CreateIndex
CREATE INDEX "application_jurisdiction_code_status_idx" ON "application"("jurisdiction_code", "status");

-- C.1 at the database level: one open application per lead unit per call (open = OPEN_APPLICATION_STATUSES of @lz/policy).
CREATE UNIQUE INDEX "application_one_open_per_lead_and_call" ON "application"("call_id", "lead_uscc")
    WHERE "status" IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'PRELIM_RECOMMENDED', 'CITY_TO_BE_FILED', 'IN_PUBLICITY', 'CLEARED');

-- CreateIndex
CREATE INDEX "attachment_application_id_idx" ON "attachment"("application_id");

-- CreateIndex
CREATE INDEX "timeline_entry_application_id_recorded_at_idx" ON "timeline_entry"("application_id", "recorded_at");

-- AddForeignKey
ALTER TABLE "application" ADD CONSTRAINT "application_call_id_fkey" FOREIGN KEY ("call_id") REFERENCES "call"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_revision" ADD CONSTRAINT "application_revision_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "timeline_entry" ADD CONSTRAINT "timeline_entry_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
