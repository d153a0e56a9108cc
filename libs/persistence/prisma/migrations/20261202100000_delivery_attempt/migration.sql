-- Crash-loop isolation of event consumers (ARCHITECTURE.md "Outages"): a redelivered message's start
-- is committed here before its handler runs, and the row is removed when the handler returns (in the
-- handler's transaction, or after a counted failure). A message whose starts pile up without a return
-- is the one that kills the process; it goes to the DLQ unrun, the messages delivered with it do not.
CREATE TABLE "delivery_attempt" (
    "consumer" TEXT NOT NULL,
    "event_id" UUID NOT NULL,
    "starts" INTEGER NOT NULL DEFAULT 1,
    "first_started_at" TIMESTAMPTZ(6) NOT NULL DEFAULT now(),
    "last_started_at" TIMESTAMPTZ(6) NOT NULL DEFAULT now(),
    CONSTRAINT "delivery_attempt_pkey" PRIMARY KEY ("consumer", "event_id"),
    CONSTRAINT "delivery_attempt_starts_check" CHECK ("starts" >= 1)
);
