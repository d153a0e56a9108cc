-- Notifications (docs/ARCHITECTURE.md "Services and what each owns"): what the events told about the
-- applications and consortia (to address people), the in-app inbox with read marks per user, the
-- deliveries (e-mail, SMS) waiting for their relay, and each user's channel preferences.

-- CreateTable
CREATE TABLE "application" (
    "id" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "lead_uscc" TEXT NOT NULL,
    "lead_name" TEXT NOT NULL,
    "jurisdiction_code" TEXT NOT NULL,
    "contact_email" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "application_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "application_lead_uscc_idx" ON "application"("lead_uscc");

-- CreateTable
CREATE TABLE "consortium" (
    "id" TEXT NOT NULL,
    "application_id" TEXT NOT NULL,
    "filing_number" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "lead_uscc" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "consortium_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification" (
    "id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "event_type" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "recipient_kind" TEXT NOT NULL,
    "recipient_key" TEXT NOT NULL,
    "recipient_sub" TEXT,
    "recipient_uscc" TEXT,
    "recipient_role" TEXT,
    "recipient_jurisdiction" TEXT,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "object_type" TEXT NOT NULL,
    "object_id" TEXT NOT NULL,
    "link" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "notification_recipient_kind_check" CHECK ("recipient_kind" IN ('USER', 'UNIT', 'ROLE')),
    -- Exactly the columns of its kind are set.
    CONSTRAINT "notification_recipient_check" CHECK (
        ("recipient_kind" = 'USER' AND "recipient_sub" IS NOT NULL AND "recipient_uscc" IS NULL AND "recipient_role" IS NULL)
     OR ("recipient_kind" = 'UNIT' AND "recipient_uscc" IS NOT NULL AND "recipient_sub" IS NULL AND "recipient_role" IS NULL)
     OR ("recipient_kind" = 'ROLE' AND "recipient_role" IS NOT NULL AND "recipient_sub" IS NULL AND "recipient_uscc" IS NULL)
    )
);
CREATE UNIQUE INDEX "notification_event_id_recipient_key_key" ON "notification"("event_id", "recipient_key");
CREATE INDEX "notification_recipient_sub_idx" ON "notification"("recipient_sub", "created_at");
CREATE INDEX "notification_recipient_uscc_idx" ON "notification"("recipient_uscc", "created_at");
CREATE INDEX "notification_recipient_role_idx" ON "notification"("recipient_role", "recipient_jurisdiction", "created_at");

-- CreateTable
CREATE TABLE "notification_read" (
    "notification_id" UUID NOT NULL,
    "sub" TEXT NOT NULL,
    "read_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_read_pkey" PRIMARY KEY ("notification_id", "sub"),
    CONSTRAINT "notification_read_notification_id_fkey" FOREIGN KEY ("notification_id") REFERENCES "notification"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "notification_read_sub_idx" ON "notification_read"("sub");

-- CreateTable
CREATE TABLE "delivery" (
    "id" UUID NOT NULL,
    "notification_id" UUID NOT NULL,
    "channel" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lease_until" TIMESTAMPTZ(3),
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "delivery_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "delivery_channel_check" CHECK ("channel" IN ('EMAIL', 'SMS')),
    CONSTRAINT "delivery_status_check" CHECK ("status" IN ('PENDING', 'SENT', 'FAILED')),
    CONSTRAINT "delivery_notification_id_fkey" FOREIGN KEY ("notification_id") REFERENCES "notification"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "delivery_notification_id_channel_address_key" ON "delivery"("notification_id", "channel", "address");
-- The relay's claim: pending rows by due time.
CREATE INDEX "delivery_pending_idx" ON "delivery"("channel", "next_attempt_at") WHERE "status" = 'PENDING';

-- CreateTable
CREATE TABLE "preference" (
    "sub" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "uscc" TEXT,
    "jurisdiction" TEXT,
    "org" TEXT,
    "email_enabled" BOOLEAN NOT NULL,
    "email" TEXT,
    "sms_enabled" BOOLEAN NOT NULL,
    "phone" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "preference_pkey" PRIMARY KEY ("sub"),
    CONSTRAINT "preference_role_check" CHECK ("role" IN ('applicant', 'reviewer', 'officer', 'expert', 'evaluator'))
);
CREATE INDEX "preference_role_jurisdiction_idx" ON "preference"("role", "jurisdiction");
CREATE INDEX "preference_uscc_idx" ON "preference"("uscc");
