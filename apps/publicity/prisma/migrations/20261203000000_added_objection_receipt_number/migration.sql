-- 异议回执编号: the receipt number an objector quotes to look up the outcome (docs/API.md "publicity").
-- Format `YY<year>-XXXX-XXXC` (apps/publicity/src/objections/receipt-number.ts): seven random symbols
-- of 23456789ABCDEFGHJKLMNPQRSTUVWXYZ and a Luhn mod 32 check character over the year's digits and
-- them. New objections get theirs from the service; objections filed before this migration get one
-- here by the same rule (random bytes of gen_random_uuid(), the year of filing in Asia/Shanghai).
ALTER TABLE "objection" ADD COLUMN "receipt_no" TEXT;

DO $$
DECLARE
    alphabet CONSTANT TEXT := '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
    -- Bytes of a v4 UUID that are wholly random (6 holds the version, 8 the variant).
    random_bytes CONSTANT INT[] := ARRAY[0, 1, 2, 3, 4, 5, 9];
    o RECORD;
    year TEXT;
    symbols TEXT;
    uuid_bytes BYTEA;
    points INT[];
    total INT;
    v INT;
    doubled BOOLEAN;
    receipt TEXT;
BEGIN
    FOR o IN SELECT "id", "filed_at" FROM "objection" WHERE "receipt_no" IS NULL ORDER BY "filed_at", "id" LOOP
        year := to_char("o"."filed_at" AT TIME ZONE 'Asia/Shanghai', 'YYYY');
        LOOP
            uuid_bytes := uuid_send(gen_random_uuid());
            symbols := '';
            FOR i IN 1 .. 7 LOOP
                symbols := symbols || substr(alphabet, 1 + get_byte(uuid_bytes, random_bytes[i]) % 32, 1);
            END LOOP;
            points := ARRAY[]::INT[];
            FOR i IN 1 .. 4 LOOP
                points := points || (substr(year, i, 1))::INT;
            END LOOP;
            FOR i IN 1 .. 7 LOOP
                points := points || (strpos(alphabet, substr(symbols, i, 1)) - 1);
            END LOOP;
            total := 0;
            doubled := TRUE;
            FOR i IN REVERSE array_length(points, 1) .. 1 LOOP
                v := points[i];
                IF doubled THEN
                    v := v * 2;
                    v := v / 32 + v % 32;
                END IF;
                total := total + v;
                doubled := NOT doubled;
            END LOOP;
            receipt := 'YY' || year || '-' || substr(symbols, 1, 4) || '-' || substr(symbols, 5, 3)
                || substr(alphabet, 1 + (32 - total % 32) % 32, 1);
            EXIT WHEN NOT EXISTS (SELECT 1 FROM "objection" WHERE "receipt_no" = receipt);
        END LOOP;
        UPDATE "objection" SET "receipt_no" = receipt WHERE "id" = "o"."id";
    END LOOP;
END $$;

ALTER TABLE "objection" ALTER COLUMN "receipt_no" SET NOT NULL;
ALTER TABLE "objection" ADD CONSTRAINT "objection_receipt_no_check"
    CHECK ("receipt_no" ~ '^YY[0-9]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$');

-- CreateIndex
CREATE UNIQUE INDEX "objection_receipt_no_key" ON "objection"("receipt_no");

-- CreateIndex: the officers' list across notices, oldest first (GET /objections).
CREATE INDEX "objection_filed_at_idx" ON "objection"("filed_at", "id");
