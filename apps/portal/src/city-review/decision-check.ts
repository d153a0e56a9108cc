import { CITY_OPINION_MAX, cityDecisionBodySchema, type CityDecision } from '@lz/policy';
import type { Translate } from '../i18n/translate';

export type CityDecisionField = 'decision' | 'opinion';

/**
 * The city decision checked with the review service's own rules (libs/policy) before it is sent:
 * the body, or a message per field in the page's language (the case page and the batch share it).
 */
export function checkCityDecision(
  decision: CityDecision | '',
  opinion: string,
  t: Translate,
):
  | { ok: true; body: { decision: CityDecision; opinion: string } }
  | { ok: false; errors: Partial<Record<CityDecisionField, string>> } {
  const checked = cityDecisionBodySchema.safeParse({ decision, opinion });
  if (checked.success) return { ok: true, body: checked.data };
  const errors: Partial<Record<CityDecisionField, string>> = {};
  for (const issue of checked.error.issues) {
    if (issue.path[0] === 'decision') errors.decision = t('cityReview.error.decision');
    if (issue.path[0] === 'opinion')
      errors.opinion =
        issue.code === 'too_big'
          ? t('validation.tooLong', { label: t('cityReview.opinion'), max: CITY_OPINION_MAX })
          : t('validation.required', { label: t('cityReview.opinion') });
  }
  return { ok: false, errors };
}
