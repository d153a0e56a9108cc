-- An expert who declines a seat on a panel says why (回避 or unavailability): the officer reads the
-- reason next to the replacement drawn from the reserve (issue 13). Rows declined before this had none.
ALTER TABLE "panel_assignment" ADD COLUMN "decline_reason" TEXT;
