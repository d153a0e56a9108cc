-- The expert pool as officers keep it (issue 13): the organisation's name, the title (职称) and the
-- contact (personal data: officers only, never logged), edits, and retirement — a retired expert is
-- never drawn again while the panels and scores they took part in stay as they were.
-- The natural key of an expert is the organisation's USCC with the name: an import matches its rows
-- on it, so importing the same file twice does not double anyone (docs/API.md "review").
ALTER TABLE "expert"
    ADD COLUMN "org_name" TEXT,
    ADD COLUMN "title" TEXT,
    ADD COLUMN "phone" TEXT,
    ADD COLUMN "email" TEXT,
    ADD COLUMN "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    ADD COLUMN "retired_at" TIMESTAMPTZ(3),
    ADD COLUMN "retire_reason" TEXT,
    ADD COLUMN "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

ALTER TABLE "expert" ADD CONSTRAINT "expert_status_check" CHECK ("status" IN ('ACTIVE', 'RETIRED'));

CREATE UNIQUE INDEX "expert_org_uscc_name_key" ON "expert" ("org_uscc", "name");
