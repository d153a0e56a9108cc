-- Post-subsidy is paid against evidence (docs/SPEC.md §4, C.3): a claim is drafted, its evidence is
-- uploaded to it (stored like an application's attachments, @lz/evidence), and only then submitted:
-- DRAFT → PENDING. The free-text `evidence_attachment_ids` referred to nothing anyone checked; the
-- evidence is now rows of `claim_evidence`, owned by the claim (and so by its lead unit).
ALTER TABLE "claim" DROP CONSTRAINT "claim_status_check";
ALTER TABLE "claim" ADD CONSTRAINT "claim_status_check"
    CHECK ("status" IN ('DRAFT', 'PENDING', 'GRANTED', 'REJECTED', 'STOPPED'));
ALTER TABLE "claim" ALTER COLUMN "status" SET DEFAULT 'DRAFT';
ALTER TABLE "claim" ADD COLUMN "submitted_at" TIMESTAMPTZ(3);
ALTER TABLE "claim" ADD COLUMN "submitted_by" TEXT;
-- Every claim so far was filed straight as PENDING: it was submitted when it was created.
UPDATE "claim" SET "submitted_at" = "created_at", "submitted_by" = "created_by";
-- A draft has not been submitted; a pending or decided claim has. A stopped one (5.2c) may be either.
ALTER TABLE "claim" ADD CONSTRAINT "claim_submitted_check"
    CHECK (CASE "status" WHEN 'DRAFT' THEN "submitted_at" IS NULL
                         WHEN 'STOPPED' THEN TRUE
                         ELSE "submitted_at" IS NOT NULL AND "submitted_by" IS NOT NULL END);
ALTER TABLE "claim" DROP COLUMN "evidence_attachment_ids";

-- CreateTable
CREATE TABLE "claim_evidence" (
    "id" UUID NOT NULL,
    "claim_id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "media_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploaded_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "claim_evidence_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "claim_evidence_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claim"("id")
        ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "claim_evidence_size_check" CHECK ("size" > 0),
    CONSTRAINT "claim_evidence_sha256_check" CHECK ("sha256" ~ '^[0-9a-f]{64}$')
);

-- CreateIndex
CREATE INDEX "claim_evidence_claim_id_idx" ON "claim_evidence"("claim_id");
