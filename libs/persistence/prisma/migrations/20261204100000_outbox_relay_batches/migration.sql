-- What the outbox relay reads per batch (bench/relay/README.md).
--
-- 1. The relay claims the oldest due unsent rows (`WHERE sent_at IS NULL AND next_attempt_at <= now()
--    ORDER BY created_at LIMIT n FOR UPDATE SKIP LOCKED`). Over an index on next_attempt_at that was
--    a scan and sort of every unsent row per claim: 47 ms per batch with a backlog of 20,000 rows.
--    Ordered by created_at, with next_attempt_at in the index for the filter, a claim reads its
--    batch and stops.
DROP INDEX IF EXISTS "outbox_event_unsent_idx";
CREATE INDEX "outbox_event_claim_idx" ON "outbox_event" ("created_at", "next_attempt_at") WHERE "sent_at" IS NULL;

-- 2. The envelope is stored as the JSON text the writer produced (`json`, not `jsonb`): the relay
--    publishes those bytes as they are. As jsonb, every claimed row was parsed on insert and turned
--    back into text on every read — ~90 ms of the database's CPU per batch of 500 (~4 KB each),
--    against ~10 ms as json. Nothing queries the envelope but with `->` / `->>`, which json has too.
ALTER TABLE "outbox_event" ALTER COLUMN "envelope" TYPE json USING "envelope"::json;
