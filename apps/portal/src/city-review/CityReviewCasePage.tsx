import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { CITY_DECISIONS, CITY_OPINION_MAX, getPolicy, type CityDecision } from '@lz/policy';
import {
  cityReviewQueryKey as queryKey,
  decideCityReview,
  drawPanel,
  getCityReview,
  type CityReviewView,
} from '../api/city-review';
import { isNotFound, newIdempotencyKey } from '../api/http';
import { CreditFindingsPanel } from '../credit-findings/CreditFindingsPanel';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages.zh-CN';
import { RequireSession } from '../session/session';
import { DataTable } from '../shared/DataTable';
import { DecisionFields } from '../shared/DecisionFields';
import { DownloadLinks } from '../shared/DownloadLinks';
import { Field } from '../shared/Field';
import { formatInstant } from '../shared/format';
import { usePageTitle } from '../shared/page-title';
import { problemMessages } from '../shared/problem-fields';
import { QueryState } from '../shared/QueryState';
import { StatusTag } from '../shared/StatusTag';
import { CaseFacts } from './CaseFacts';
import { checkCityDecision } from './decision-check';
import { exclusionReason } from './exclusion';
import { ExpertCase } from './ExpertCase';

const DECISION_LABELS: Record<CityDecision, MessageKey> = {
  TO_BE_FILED: 'cityReview.decision.TO_BE_FILED',
  REJECT: 'cityReview.decision.REJECT',
};
const FIELDS = ['decision', 'opinion'] as const;
type DecisionField = (typeof FIELDS)[number];

type Draw = NonNullable<CityReviewView['draw']>;

function DrawSection({ review }: { review: CityReviewView }) {
  const { t, locale } = useI18n();
  const client = useQueryClient();
  const [key, setKey] = useState(newIdempotencyKey);
  const [general, setGeneral] = useState<string[]>([]);
  // The policy's panel size unless the officer draws another (the pool of a field may be small).
  const [size, setSize] = useState(String(getPolicy(review.policyVersion).cityReview.defaultPanelSize));
  const [sizeError, setSizeError] = useState<string | undefined>();
  const draw = useMutation({
    mutationFn: (n: number) => drawPanel(review.applicationId, key, n),
    onSuccess: (view) => client.setQueryData(queryKey(review.applicationId), view),
    onError: (err) => {
      const m = problemMessages(err, ['size'], locale, t('common.unavailable'));
      setSizeError(m.fields.size);
      setGeneral(m.general);
      setKey(newIdempotencyKey());
    },
  });
  const onDraw = () => {
    const n = Number(size);
    if (!Number.isInteger(n) || n < 1 || n > 50) {
      setSizeError(t('cityReview.draw.sizeInvalid'));
      return;
    }
    setSizeError(undefined);
    setGeneral([]);
    draw.mutate(n);
  };
  const d = review.draw;
  return (
    <section className="lz-section" aria-labelledby="panel-heading">
      <h2 id="panel-heading">{t('cityReview.panel')}</h2>
      {!d ? (
        <>
          <p>{t('cityReview.noDraw')}</p>
          {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} />}
          {review.status === 'PRELIM_RECOMMENDED' && (
            <>
              <Field id="draw-size" label={t('cityReview.draw.size')} required error={sizeError}>
                {(a11y) => (
                  <input
                    {...a11y}
                    type="number"
                    min={1}
                    max={50}
                    className="lz-input lz-input-short"
                    value={size}
                    onChange={(e) => setSize(e.target.value)}
                  />
                )}
              </Field>
              <Button type="primary" loading={draw.isPending} onClick={onDraw}>
                {t('cityReview.draw')}
              </Button>
            </>
          )}
        </>
      ) : (
        <DrawDetails review={review} d={d} />
      )}
    </section>
  );
}

function DrawDetails({ review, d }: { review: CityReviewView; d: Draw }) {
  const { t, locale } = useI18n();
  const orgOf = new Map(d.candidates.map((c) => [c.expertId, c.orgUscc]));
  return (
    <>
      <dl className="lz-facts">
        <dt>{t('cityReview.draw.seed')}</dt>
        <dd>
          <code data-testid="draw-seed">{d.seed}</code>
        </dd>
        <dt>{t('cityReview.draw.field')}</dt>
        <dd>{d.field}</dd>
        <dt>{t('cityReview.draw.size')}</dt>
        <dd>{t('cityReview.draw.sizeOf', { size: d.size, candidates: d.candidates.length })}</dd>
        <dt>{t('cityReview.draw.at')}</dt>
        <dd>
          {formatInstant(d.drawnAt, locale)} · {d.drawnBy}
        </dd>
      </dl>
      <DataTable<CityReviewView['panel'][number]>
        caption={t('cityReview.panel')}
        rowKey={(m) => m.expertId}
        rows={review.panel}
        columns={[
          { key: 'position', title: t('cityReview.col.position'), render: (m) => m.position + 1 },
          { key: 'name', title: t('cityReview.col.expert'), render: (m) => m.name },
          { key: 'org', title: t('cityReview.col.org'), render: (m) => m.orgUscc },
          {
            key: 'status',
            title: t('applications.col.status'),
            render: (m) =>
              m.status === 'DECLINED' ? (
                <>
                  <StatusTag tone="warning">
                    {t('cityReview.declined', { time: formatInstant(m.declinedAt, locale) })}
                  </StatusTag>
                  {m.declineReason && (
                    <span className="lz-decline-reason">
                      {t('cityReview.declineReason', { reason: m.declineReason })}
                    </span>
                  )}
                </>
              ) : (
                <StatusTag tone={m.scored ? 'success' : 'info'}>
                  {t(m.scored ? 'cityReview.scored' : 'cityReview.notScored')}
                </StatusTag>
              ),
          },
        ]}
      />
      <h3>{t('cityReview.excluded')}</h3>
      {d.excluded.length === 0 ? (
        <p>{t('cityReview.excluded.none')}</p>
      ) : (
        <DataTable<string>
          caption={t('cityReview.excluded')}
          rowKey={(id) => id}
          rows={d.excluded}
          columns={[
            { key: 'expert', title: t('cityReview.col.expertId'), render: (id) => id },
            { key: 'org', title: t('cityReview.col.org'), render: (id) => orgOf.get(id) ?? '—' },
            {
              key: 'why',
              title: t('cityReview.col.reason'),
              render: (id) => t(exclusionReason(review, orgOf.get(id))),
            },
          ]}
        />
      )}
      <h3>{t('cityReview.reserve')}</h3>
      {d.reserve.length === 0 ? (
        <p>{t('cityReview.reserve.none')}</p>
      ) : (
        <ol className="lz-reserve">
          {d.reserve.map((id) => (
            <li key={id}>
              {id} <span className="lz-muted">{orgOf.get(id)}</span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

function ScoresSection({ review }: { review: CityReviewView }) {
  const { t, locale } = useI18n();
  const nameOf = new Map(review.panel.map((m) => [m.expertId, m.name]));
  const rubricMax = review.rubric.reduce((n, r) => n + r.maxScore, 0);
  return (
    <section className="lz-section" aria-labelledby="scores-heading">
      <h2 id="scores-heading">{t('cityReview.scores')}</h2>
      {/* One row per expert × criterion with the maximum and the aggregate (officers only). */}
      <DownloadLinks path={`/api/v1/city-reviews/${review.applicationId}/scores`} query={{}} />
      <DataTable<CityReviewView['scores'][number]>
        caption={t('cityReview.scores')}
        wide
        rowKey={(s) => s.expertId}
        rows={review.scores}
        columns={[
          {
            key: 'expert',
            title: t('cityReview.col.expert'),
            render: (s) => nameOf.get(s.expertId) ?? s.expertId,
          },
          ...review.rubric.map((r) => ({
            key: r.key,
            title: t('cityReview.col.criterion', {
              title: locale === 'zh-CN' ? r.titleZh : r.title,
              max: r.maxScore,
            }),
            render: (s: CityReviewView['scores'][number]) =>
              s.items.find((i) => i.criterion === r.key)?.score ?? '—',
          })),
          { key: 'total', title: t('cityReview.col.total', { max: rubricMax }), render: (s) => s.total },
          { key: 'comment', title: t('cityReview.col.comment'), render: (s) => s.comment || '—' },
        ]}
      />
      <p data-testid="aggregate">
        {review.aggregate
          ? t('cityReview.aggregate', {
              mean: review.aggregate.mean === null ? '—' : review.aggregate.mean.toFixed(2),
              scored: review.aggregate.scored,
              assigned: review.aggregate.assigned,
            })
          : t('cityReview.aggregate.none')}
      </p>
    </section>
  );
}

function DecisionForm({ review }: { review: CityReviewView }) {
  const { t, locale } = useI18n();
  const client = useQueryClient();
  const [decision, setDecision] = useState<CityDecision | ''>('');
  const [opinion, setOpinion] = useState('');
  const [errors, setErrors] = useState<Partial<Record<DecisionField, string>>>({});
  const [general, setGeneral] = useState<string[]>([]);
  // One key per attempt: a double click, or a retry after a lost answer, is one decision.
  const [key, setKey] = useState(newIdempotencyKey);
  const mutation = useMutation({
    mutationFn: (body: { decision: CityDecision; opinion: string }) =>
      decideCityReview(review.applicationId, body, key),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKey(review.applicationId) });
      void client.invalidateQueries({ queryKey: ['city-reviews'] });
    },
    onError: (err) => {
      const m = problemMessages(err, FIELDS, locale, t('common.unavailable'));
      setErrors(m.fields);
      setGeneral(m.general);
      setKey(newIdempotencyKey());
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (mutation.isPending) return;
    setGeneral([]);
    // The rules the review service applies (libs/policy), checked before sending.
    const checked = checkCityDecision(decision, opinion, t);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    mutation.mutate(checked.body);
  };

  return (
    <form
      className="lz-section lz-no-print"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="city-decision-heading"
    >
      <h2 id="city-decision-heading">{t('cityReview.decide')}</h2>
      <DecisionFields
        id="city-decision"
        legend={t('cityReview.decision')}
        options={CITY_DECISIONS.map((d) => ({ value: d, label: t(DECISION_LABELS[d]) }))}
        decision={decision}
        onDecision={setDecision}
        opinionLabel={t('cityReview.opinion')}
        opinionHelp={t('cityReview.opinion.help', { max: CITY_OPINION_MAX })}
        opinionMax={CITY_OPINION_MAX}
        opinion={opinion}
        onOpinion={setOpinion}
        errors={errors}
        general={general}
        submitLabel={t('cityReview.submit')}
        pending={mutation.isPending}
      />
    </form>
  );
}

function DecisionSection({ review }: { review: CityReviewView }) {
  const { t, locale } = useI18n();
  const d = review.decision;
  if (d) {
    return (
      <section className="lz-section" aria-labelledby="city-decided">
        <Alert
          type={d.decision === 'TO_BE_FILED' ? 'success' : 'warning'}
          showIcon
          title={<h2 id="city-decided">{t('cityReview.decided')}</h2>}
          description={
            <>
              <p data-testid="city-decision">
                {t(DECISION_LABELS[d.decision])} · {formatInstant(d.decidedAt, locale)} · {d.decidedBy}
              </p>
              <p>{d.opinion}</p>
              <Link to="/workspace/city-reviews">{t('cityReview.backToList')}</Link>
            </>
          }
        />
      </section>
    );
  }
  if (review.status !== 'PRELIM_RECOMMENDED') {
    return <Alert className="lz-section" type="info" showIcon title={t('cityReview.notDecidable')} />;
  }
  return <DecisionForm review={review} />;
}

function Case({ id }: { id: string }) {
  const { t } = useI18n();
  const review = useQuery({ queryKey: queryKey(id), queryFn: () => getCityReview(id) });
  usePageTitle(review.data?.name ?? t('cityReview.title'), isNotFound(review.error));
  return (
    <QueryState isPending={review.isPending} error={review.error} refetch={review.refetch}>
      {() => {
        const r = review.data as CityReviewView;
        return (
          <>
            <p className="lz-no-print">
              <Link to="/workspace/city-reviews">{t('cityReview.backToList')}</Link>
            </p>
            <h1>{r.name}</h1>
            <CaseFacts
              review={r}
              revisionExtra={
                <>
                  {' · '}
                  <Link to={`/workspace/applications/${r.applicationId}`}>{t('cityReview.document')}</Link>
                </>
              }
            />
            <CreditFindingsPanel usccs={[r.leadUscc, ...r.members.map((m) => m.uscc)]} />
            <DrawSection review={r} />
            {r.draw && <ScoresSection review={r} />}
            <DecisionSection review={r} />
          </>
        );
      }}
    </QueryState>
  );
}

/**
 * One city review (docs/SPEC.md 3.4): for the officer the panel and its draw, the scores against the
 * rubric and the decision; for an assigned expert their own scoring (ExpertCase).
 */
export function Component() {
  const { applicationId = '' } = useParams();
  return (
    <RequireSession roles={['officer', 'expert']}>
      {(s) => (s.role === 'expert' ? <ExpertCase id={applicationId} /> : <Case id={applicationId} />)}
    </RequireSession>
  );
}
