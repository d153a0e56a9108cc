-- The evidence of an evaluation (佐证材料, docs/SPEC.md 5.2a): files the lead unit uploads to the cycle
-- while its window is open, stored like an application's attachments (@lz/evidence). The report names
-- only files of its own evaluation (`report.evidenceIds`), where it used to carry free-text ids.
CREATE TABLE "evaluation_evidence" (
    "id" UUID NOT NULL,
    "evaluation_id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "media_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploaded_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evaluation_evidence_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "evaluation_evidence_evaluation_id_fkey" FOREIGN KEY ("evaluation_id")
        REFERENCES "evaluation"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "evaluation_evidence_size_check" CHECK ("size" > 0),
    CONSTRAINT "evaluation_evidence_sha256_check" CHECK ("sha256" ~ '^[0-9a-f]{64}$')
);

-- CreateIndex
CREATE INDEX "evaluation_evidence_evaluation_id_idx" ON "evaluation_evidence"("evaluation_id");

-- Reports already stored keep their words; their free-text ids become an empty evidence list.
UPDATE "evaluation"
   SET "report" = ("report" - 'evidenceAttachmentIds') || '{"evidenceIds": []}'::jsonb
 WHERE "report" IS NOT NULL AND "report" ? 'evidenceAttachmentIds';
