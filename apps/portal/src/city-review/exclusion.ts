import type { CityReviewView } from '../api/city-review';
import type { MessageKey } from '../i18n/messages.zh-CN';

/**
 * Why the draw left a candidate out (回避, docs/SPEC.md 3.4): the expert's organisation is the lead
 * unit or a member of the consortium — the draw's `conflictedOrgs`.
 */
export function exclusionReason(
  review: Pick<CityReviewView, 'leadUscc'>,
  orgUscc: string | undefined,
): MessageKey {
  return orgUscc === review.leadUscc ? 'cityReview.excluded.lead' : 'cityReview.excluded.member';
}
