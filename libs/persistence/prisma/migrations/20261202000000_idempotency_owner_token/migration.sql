-- Idempotency that never doubles (libs/http IdempotencyService): the request holding a key carries
-- an owner token, so a request that took over a key left by a crashed process cannot be overwritten
-- by the slow original; COMMITTED is written in the same transaction as the request's effect, so a
-- failure after commit no longer frees the key for a second execution.
ALTER TABLE "idempotency_key" ADD COLUMN "owner_token" UUID;
ALTER TABLE "idempotency_key" DROP CONSTRAINT "idempotency_key_status_check";
ALTER TABLE "idempotency_key" ADD CONSTRAINT "idempotency_key_status_check"
    CHECK ("status" IN ('IN_PROGRESS', 'COMMITTED', 'DONE'));
