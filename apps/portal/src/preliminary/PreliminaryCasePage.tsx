import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import {
  PRELIMINARY_DECISIONS,
  PRELIMINARY_OPINION_MAX,
  preliminaryDecisionBodySchema,
  type PreliminaryDecision,
} from '@lz/policy';
import { getApplication, type ApplicationView } from '../api/applications';
import { ApiError, isNotFound, newIdempotencyKey } from '../api/http';
import { decidePreliminary } from '../api/preliminary';
import { ApplicationBody } from '../applicant/applications/ApplicationPage';
import { CreditFindingsPanel } from '../credit-findings/CreditFindingsPanel';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages.zh-CN';
import { RequireSession } from '../session/session';
import { DecisionFields } from '../shared/DecisionFields';
import { formatInstant } from '../shared/format';
import { usePageTitle } from '../shared/page-title';
import { problemFields } from '../shared/problem-fields';
import { QueryState } from '../shared/QueryState';

const DECISION_LABELS: Record<PreliminaryDecision, MessageKey> = {
  RECOMMEND: 'preliminary.decision.RECOMMEND',
  RETURN: 'preliminary.decision.RETURN',
  NOT_RECOMMEND: 'preliminary.decision.NOT_RECOMMEND',
};
const FIELDS = ['decision', 'opinion'] as const;
type DecisionField = (typeof FIELDS)[number];

/** A case the reviewer can still decide: submitted (a new revision after a return is submitted again). */
const DECIDABLE = new Set(['SUBMITTED']);

function DecisionForm({ application, onDecided }: { application: ApplicationView; onDecided: () => void }) {
  const { t, locale } = useI18n();
  const client = useQueryClient();
  const [decision, setDecision] = useState<PreliminaryDecision | ''>('');
  const [opinion, setOpinion] = useState('');
  const [errors, setErrors] = useState<Partial<Record<DecisionField, string>>>({});
  const [general, setGeneral] = useState<string[]>([]);
  // One key per attempt: a double click, or a retry after a lost answer, is one decision.
  const [key, setKey] = useState(newIdempotencyKey);

  const mutation = useMutation({
    mutationFn: (body: { decision: PreliminaryDecision; opinion: string; revision: number }) =>
      decidePreliminary(application.id, body, key),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['preliminary-queue'] });
      onDecided();
    },
    onError: (err) => {
      if (err instanceof ApiError && err.problem) {
        const split = problemFields(err.problem.errors ?? [], FIELDS, locale);
        setErrors(split.fields);
        setGeneral(
          split.general.length > 0 ? split.general : [locale === 'zh-CN' ? err.problem.titleZh : err.message],
        );
      } else setGeneral([t('common.unavailable')]);
      setKey(newIdempotencyKey());
    },
  });

  if (mutation.data) {
    return (
      <section className="lz-section" aria-labelledby="decision-done">
        <Alert
          type="success"
          showIcon
          title={<h2 id="decision-done">{t('preliminary.decided')}</h2>}
          description={
            <>
              <p data-testid="decision">
                {t(DECISION_LABELS[mutation.data.decision])} ·{' '}
                {formatInstant(mutation.data.decidedAt, locale)}
              </p>
              <p>{mutation.data.opinion}</p>
              <Link to="/workspace/preliminary-reviews">{t('preliminary.backToQueue')}</Link>
            </>
          }
        />
      </section>
    );
  }
  if (!DECIDABLE.has(application.status)) {
    return <Alert className="lz-section" type="info" showIcon title={t('preliminary.notDecidable')} />;
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (mutation.isPending) return;
    setGeneral([]);
    // The rules the review service applies (libs/policy), checked before sending.
    const checked = preliminaryDecisionBodySchema.safeParse({
      decision,
      opinion,
      revision: application.revision,
    });
    if (!checked.success) {
      const next: Partial<Record<DecisionField, string>> = {};
      for (const issue of checked.error.issues) {
        const path = issue.path.join('.') as DecisionField;
        if (path === 'decision') next.decision = t('preliminary.error.decision');
        if (path === 'opinion')
          next.opinion =
            issue.code === 'too_big'
              ? t('validation.tooLong', {
                  label: t('preliminary.opinion'),
                  max: String(PRELIMINARY_OPINION_MAX),
                })
              : t(decision === 'RETURN' ? 'preliminary.error.reasons' : 'preliminary.error.opinion');
      }
      setErrors(next);
      return;
    }
    setErrors({});
    mutation.mutate({ ...checked.data, revision: application.revision });
  };

  return (
    <form className="lz-section" onSubmit={onSubmit} noValidate aria-labelledby="decision-heading">
      <h2 id="decision-heading">{t('preliminary.decide')}</h2>
      <DecisionFields
        id="decision"
        legend={t('preliminary.decision')}
        options={PRELIMINARY_DECISIONS.map((d) => ({ value: d, label: t(DECISION_LABELS[d]) }))}
        decision={decision}
        onDecision={setDecision}
        opinionLabel={t(decision === 'RETURN' ? 'preliminary.reasons' : 'preliminary.opinion')}
        opinionHelp={t('preliminary.opinion.help', { max: PRELIMINARY_OPINION_MAX })}
        opinionMax={PRELIMINARY_OPINION_MAX}
        opinion={opinion}
        onOpinion={setOpinion}
        errors={errors}
        general={general}
        submitLabel={t('preliminary.submit')}
        pending={mutation.isPending}
      />
    </form>
  );
}

function Case({ id }: { id: string }) {
  const { t } = useI18n();
  const [decided, setDecided] = useState(false);
  const application = useQuery({
    queryKey: ['application', id],
    queryFn: () => getApplication(id),
    // Intake learns the decision from review's event: follow the status until it has moved on.
    refetchInterval: (q) => (decided && q.state.data?.status === 'SUBMITTED' ? 1_000 : false),
  });
  usePageTitle(application.data?.document.name ?? t('preliminary.title'), isNotFound(application.error));
  return (
    <QueryState isPending={application.isPending} error={application.error} refetch={application.refetch}>
      {() => {
        const a = application.data as ApplicationView;
        return (
          <ApplicationBody application={a}>
            <CreditFindingsPanel
              usccs={[a.document.lead?.uscc, ...(a.document.members ?? []).map((m) => m.uscc)]}
            />
            <DecisionForm application={a} onDecided={() => setDecided(true)} />
          </ApplicationBody>
        );
      }}
    </QueryState>
  );
}

/** One case of the reviewer's queue: the application, and the decision with its opinion (docs/SPEC.md 3.3). */
export function Component() {
  const { applicationId = '' } = useParams();
  return <RequireSession roles={['reviewer']}>{() => <Case id={applicationId} />}</RequireSession>;
}
