import { yuanToFen } from '@lz/policy';
import { ApiError } from '../api/http';
import type { ClaimDecision } from '../api/claims';

export type DecisionField = 'decision' | 'amountFen' | 'opinion' | 'status';
export type DecisionErrors = Partial<Record<DecisionField, string>>;
export type DecisionProblem = 'required' | 'amount' | 'overClaimed';

/**
 * The body of `POST /claims/:id/decision` from the officer's form, or what is missing or wrong: a
 * grant of a monetary claim (4.1, 4.3, 4.4) needs a yuan amount above zero and not above the claim;
 * every decision needs its opinion (a rejection its reason). The caps and the budget are the service's.
 */
export function decisionBody(form: {
  decision: ClaimDecision | '';
  yuan: string;
  opinion: string;
  monetary: boolean;
  claimedFen: number;
}):
  | { body: { decision: ClaimDecision; amountFen?: number; opinion: string } }
  | { errors: Partial<Record<DecisionField, DecisionProblem>> } {
  const errors: Partial<Record<DecisionField, DecisionProblem>> = {};
  if (!form.decision) errors.decision = 'required';
  if (!form.opinion.trim()) errors.opinion = 'required';
  let amountFen: number | undefined;
  if (form.decision === 'GRANT' && form.monetary) {
    try {
      amountFen = yuanToFen(form.yuan);
      if (amountFen < 1) errors.amountFen = 'amount';
      else if (amountFen > form.claimedFen) errors.amountFen = 'overClaimed';
    } catch {
      errors.amountFen = 'amount';
    }
  }
  if (Object.keys(errors).length > 0 || !form.decision) return { errors };
  return {
    body: {
      decision: form.decision,
      ...(amountFen === undefined ? {} : { amountFen }),
      opinion: form.opinion.trim(),
    },
  };
}

/**
 * A refusal whose messages carry the rule they apply (`…（规则 4.3）`), so the page shows the rule next
 * to the field; input errors (`input.*`) are left as they are.
 */
export function withRuleIds(err: unknown): unknown {
  if (!(err instanceof ApiError) || !err.problem) return err;
  return new ApiError(err.status, {
    ...err.problem,
    errors: (err.problem.errors ?? []).map((e) =>
      e.rule.startsWith('input.')
        ? e
        : { ...e, message: `${e.message} (rule ${e.rule})`, messageZh: `${e.messageZh}（规则 ${e.rule}）` },
    ),
  });
}
