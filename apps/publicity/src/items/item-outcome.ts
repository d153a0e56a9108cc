/** What an objection can be (docs/SPEC.md §3.5): filed PENDING, resolved UPHELD or DISMISSED by an officer. */
export type ObjectionStatus = 'PENDING' | 'UPHELD' | 'DISMISSED';

/** Where a published item stands. CLEARED and CONTESTED are final; each is announced exactly once. */
export type ItemStatus = 'IN_PUBLICITY' | 'AWAITING_RESOLUTION' | 'CLEARED' | 'CONTESTED';

export const FINAL_ITEM_STATUSES: readonly ItemStatus[] = ['CLEARED', 'CONTESTED'];

/**
 * The item's status given its objections and whether the period has ended (docs/SPEC.md §3.5–3.6):
 * - an UPHELD objection ends the application (§3.6) → CONTESTED, at once — the period need not run
 *   out for that: nothing later can undo an upheld objection, and clearance is what needs the period;
 * - while the period runs and nothing is upheld → IN_PUBLICITY;
 * - the period has ended and an objection is PENDING → AWAITING_RESOLUTION (decided on its resolution);
 * - the period has ended and every objection (if any) was DISMISSED → CLEARED.
 */
export function itemOutcome(objections: readonly ObjectionStatus[], periodEnded: boolean): ItemStatus {
  if (objections.includes('UPHELD')) return 'CONTESTED';
  if (!periodEnded) return 'IN_PUBLICITY';
  if (objections.includes('PENDING')) return 'AWAITING_RESOLUTION';
  return 'CLEARED';
}
