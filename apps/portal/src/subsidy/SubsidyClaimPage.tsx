import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Descriptions } from 'antd';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { fenToYuanText, formatFen, TEXT_LIMITS } from '@lz/policy';
import { budgetQuery } from '../api/budgets';
import {
  carriesAmount,
  claimQuery,
  decideClaim,
  evidencePath,
  type ClaimDecision,
  type ClaimView,
} from '../api/claims';
import type { StoredFile } from '../api/files';
import { isNotFound, newIdempotencyKey } from '../api/http';
import { categoryText, claimStatusLabel } from '../applicant/claims/ClaimsPage';
import { gradeLabel } from '../evaluations/labels';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages.zh-CN';
import { RequireSession } from '../session/session';
import { DecisionFields } from '../shared/DecisionFields';
import { Field } from '../shared/Field';
import { formatInstant, shanghaiYear } from '../shared/format';
import { usePageTitle } from '../shared/page-title';
import { problemMessages } from '../shared/problem-fields';
import { QueryState } from '../shared/QueryState';
import { StatusTag } from '../shared/StatusTag';
import { StoredFiles } from '../shared/StoredFiles';
import { decisionBody, withRuleIds, type DecisionErrors } from './decision-form';
import { gradeOf } from './SubsidyPage';

const FIELDS = ['decision', 'amountFen', 'opinion'] as const;

/**
 * 核定: grant an amount in yuan (the claim's, or less) or reject, with the opinion. The cap left and
 * the year's budget are shown at the amount; a grant past either is refused by the service, whose
 * rule (4.3/4.4, budget) is shown next to the field.
 */
function DecisionForm({ claim }: { claim: ClaimView }) {
  const { t, locale } = useI18n();
  const client = useQueryClient();
  const year = shanghaiYear();
  const budget = useQuery(budgetQuery(year));
  const [decision, setDecision] = useState<ClaimDecision | ''>('');
  const [yuan, setYuan] = useState(() => fenToYuanText(claim.amountFen));
  const [opinion, setOpinion] = useState('');
  const [errors, setErrors] = useState<DecisionErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [key, setKey] = useState(newIdempotencyKey);
  const decide = useMutation({
    mutationFn: (body: Parameters<typeof decideClaim>[1]) => decideClaim(claim.id, body, key),
    onSuccess: (view) => {
      client.setQueryData(claimQuery(claim.id).queryKey, view);
      void client.invalidateQueries({ queryKey: ['budget', year] });
      void client.invalidateQueries({ queryKey: ['subsidy', 'claims'] });
    },
    onError: (err) => {
      setKey(newIdempotencyKey());
      // The rule the service names goes with its message, next to the field (4.3/4.4, the budget).
      const p = problemMessages(withRuleIds(err), [...FIELDS, 'status'], locale, t('common.unavailable'));
      setErrors(p.fields);
      setGeneral(p.general);
    },
  });
  const inFlight = useRef(false);
  const monetary = carriesAmount(claim.category);
  const onSubmit = () => {
    const result = decisionBody({ decision, yuan, opinion, monetary, claimedFen: claim.amountFen });
    if ('errors' in result) {
      setErrors(
        Object.fromEntries(
          Object.entries(result.errors).map(([f, e]) => [f, t(`subsidy.decide.error.${e}` as MessageKey)]),
        ),
      );
      setGeneral([]);
      return;
    }
    setErrors({});
    setGeneral([]);
    if (inFlight.current) return; // a double click decides once
    inFlight.current = true;
    decide.mutate(result.body, { onSettled: () => (inFlight.current = false) });
  };
  const help = [
    claim.cap ? t('subsidy.decide.capLeft', { left: formatFen(claim.cap.leftFen), rule: claim.rule }) : null,
    budget.data
      ? t('subsidy.decide.budgetLeft', { year, left: formatFen(budget.data.remainingFen) })
      : budget.isSuccess
        ? t('subsidy.budget.none', { year })
        : null,
  ]
    .filter(Boolean)
    .join('；');
  return (
    <form
      className="lz-section"
      aria-labelledby="decide-heading"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <h2 id="decide-heading">{t('subsidy.decide.heading')}</h2>
      {decision === 'GRANT' && monetary && (
        <Field
          id="decision-amount"
          label={t('subsidy.decide.amount')}
          required
          error={errors.amountFen}
          help={help}
        >
          {(a11y) => (
            <input
              {...a11y}
              className="lz-input"
              inputMode="decimal"
              value={yuan}
              onChange={(e) => setYuan(e.target.value)}
            />
          )}
        </Field>
      )}
      <DecisionFields<ClaimDecision>
        id="decision"
        legend={t('subsidy.decide.legend')}
        options={[
          { value: 'GRANT', label: t('subsidy.decide.GRANT') },
          { value: 'REJECT', label: t('subsidy.decide.REJECT') },
        ]}
        decision={decision}
        onDecision={(d) => {
          setDecision(d);
          setErrors({});
        }}
        opinionLabel={t(decision === 'REJECT' ? 'subsidy.decide.reason' : 'claim.opinion')}
        opinionHelp={t('subsidy.decide.opinionHelp', { max: TEXT_LIMITS.long })}
        opinionMax={TEXT_LIMITS.long}
        opinion={opinion}
        onOpinion={setOpinion}
        errors={{ decision: errors.decision, opinion: errors.opinion }}
        general={[...general, ...(errors.status ? [errors.status] : [])]}
        submitLabel={t('subsidy.decide.submit')}
        pending={decide.isPending}
      />
    </form>
  );
}

function Claim({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const claim = useQuery(claimQuery(id));
  usePageTitle(claim.data?.subject.name ?? t('claim.title'), isNotFound(claim.error));
  return (
    <QueryState isPending={claim.isPending} error={claim.error} refetch={claim.refetch}>
      {() => {
        const c = claim.data as ClaimView;
        const decided = c.status === 'GRANTED' || c.status === 'REJECTED';
        return (
          <article aria-labelledby="claim-title">
            <h1 id="claim-title">{c.subject.name}</h1>
            <p>
              <Link to="/workspace/subsidy">{t('subsidy.heading')}</Link>
            </p>
            <section className="lz-section" aria-label={t('claim.title')}>
              <Descriptions
                size="small"
                column={{ xs: 1, md: 2 }}
                items={[
                  {
                    key: 'status',
                    label: t('claims.col.status'),
                    children: (
                      <StatusTag
                        tone={c.status === 'GRANTED' ? 'success' : c.status === 'PENDING' ? 'info' : 'danger'}
                      >
                        <span data-testid="claim-status">{t(claimStatusLabel(c.status))}</span>
                      </StatusTag>
                    ),
                  },
                  {
                    key: 'consortium',
                    label: t('claim.consortium'),
                    children: c.consortium
                      ? `${c.consortium.name ?? ''}（${c.consortium.filingNumber}）`
                      : c.consortiumId,
                  },
                  { key: 'category', label: t('claims.col.category'), children: categoryText(t, c.category) },
                  { key: 'ref', label: t('claims.form.subjectRef'), children: c.subject.ref },
                  {
                    key: 'amount',
                    label: t('claims.col.amount'),
                    children: carriesAmount(c.category) ? formatFen(c.amountFen) : t('claims.priority'),
                  },
                  {
                    key: 'cap',
                    label: t('subsidy.col.capLeft'),
                    children: c.cap ? (
                      <span data-testid="claim-cap">
                        {t('claim.capLeft', {
                          cap: formatFen(c.cap.capFen),
                          granted: formatFen(c.cap.grantedFen),
                          left: formatFen(c.cap.leftFen),
                        })}
                      </span>
                    ) : (
                      t('subsidy.noCap')
                    ),
                  },
                  {
                    key: 'grade',
                    label: t('subsidy.col.grade'),
                    children: (
                      <span data-testid="claim-grade">
                        {c.latestEvaluation
                          ? t('subsidy.grade', {
                              cycle: c.latestEvaluation.cycle,
                              grade: t(gradeLabel(gradeOf(c))),
                              at: formatInstant(c.latestEvaluation.recordedAt, locale),
                            })
                          : t('subsidy.noGrade')}
                      </span>
                    ),
                  },
                  {
                    key: 'submitted',
                    label: t('claim.submittedAt'),
                    children: formatInstant(c.submittedAt, locale),
                  },
                ]}
              />
              {c.stop && (
                <Alert
                  type="warning"
                  showIcon
                  title={t('claim.ruleError', { rule: c.stop.rule, message: c.stop.reason })}
                />
              )}
            </section>
            <section className="lz-section" aria-labelledby="claim-evidence">
              <h2 id="claim-evidence">{t('claim.evidence')}</h2>
              <StoredFiles<StoredFile>
                id="f-claim-evidence"
                caption={t('claim.evidence')}
                files={c.evidence}
                downloadPath={(f) => evidencePath(c.id, f.id)}
                disabled
              />
            </section>
            {decided && (
              <section className="lz-section" aria-labelledby="claim-decision">
                <h2 id="claim-decision">{t('claim.decision')}</h2>
                <Descriptions
                  size="small"
                  column={1}
                  items={[
                    {
                      key: 'granted',
                      label: t('claim.granted'),
                      children: <span data-testid="claim-granted">{formatFen(c.grantedFen)}</span>,
                    },
                    { key: 'opinion', label: t('claim.opinion'), children: c.opinion ?? '—' },
                    {
                      key: 'decidedAt',
                      label: t('claim.decidedAt'),
                      children: formatInstant(c.decidedAt, locale),
                    },
                    { key: 'budget', label: t('claim.budgetYear'), children: c.budgetYear ?? '—' },
                  ]}
                />
              </section>
            )}
            {c.status === 'PENDING' && <DecisionForm claim={c} />}
          </article>
        );
      }}
    </QueryState>
  );
}

/** One claim for the Bureau: the cap left, the latest grade (5.2b), the evidence, the decision. */
export function Component() {
  const { claimId = '' } = useParams();
  return <RequireSession roles={['officer']}>{() => <Claim id={claimId} />}</RequireSession>;
}
