-- A message can be addressed to an institution in a role (kind ORG): an evaluator institution
-- (`recipient_role` 'evaluator', `recipient_uscc` its USCC) — every evaluator login of that
-- institution reads it, and only they (evaluation.evaluator.assigned.v1).
ALTER TABLE "notification" DROP CONSTRAINT "notification_recipient_kind_check";
ALTER TABLE "notification" ADD CONSTRAINT "notification_recipient_kind_check"
    CHECK ("recipient_kind" IN ('USER', 'UNIT', 'ROLE', 'ORG'));
ALTER TABLE "notification" DROP CONSTRAINT "notification_recipient_check";
ALTER TABLE "notification" ADD CONSTRAINT "notification_recipient_check" CHECK (
        ("recipient_kind" = 'USER' AND "recipient_sub" IS NOT NULL AND "recipient_uscc" IS NULL AND "recipient_role" IS NULL)
     OR ("recipient_kind" = 'UNIT' AND "recipient_uscc" IS NOT NULL AND "recipient_sub" IS NULL AND "recipient_role" IS NULL)
     OR ("recipient_kind" = 'ROLE' AND "recipient_role" IS NOT NULL AND "recipient_sub" IS NULL AND "recipient_uscc" IS NULL)
     OR ("recipient_kind" = 'ORG' AND "recipient_role" IS NOT NULL AND "recipient_uscc" IS NOT NULL AND "recipient_sub" IS NULL)
);
