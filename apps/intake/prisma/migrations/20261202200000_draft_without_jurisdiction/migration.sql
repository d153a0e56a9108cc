-- A draft needs only its call (docs/SPEC.md 3.2, C.2): the jurisdiction the applicant chooses may
-- still be missing while the application is a DRAFT. Once submitted it has one, and it keeps it
-- through a return for revision (the reviewer of that jurisdiction must still see it).
ALTER TABLE "application" ALTER COLUMN "jurisdiction_code" DROP NOT NULL;
ALTER TABLE "application" ADD CONSTRAINT "application_jurisdiction_code_check"
    CHECK ("status" = 'DRAFT' OR "jurisdiction_code" IS NOT NULL);
