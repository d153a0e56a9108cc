import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { CHAIN_ROLES, checkScores, DECLINE_REASON_MAX, declineBodySchema } from '@lz/policy';
import {
  cityReviewQueryKey,
  declineCityReview,
  getCityReview,
  scoreCityReview,
  type CityReviewView,
} from '../api/city-review';
import { ApiError, isNotFound } from '../api/http';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages.zh-CN';
import { DataTable } from '../shared/DataTable';
import { Field } from '../shared/Field';
import { formatInstant } from '../shared/format';
import { usePageTitle } from '../shared/page-title';
import { problemMessages } from '../shared/problem-fields';
import { QueryState } from '../shared/QueryState';
import { CaseFacts } from './CaseFacts';

type Criterion = CityReviewView['rubric'][number];

/** `items[2].score` → the rubric's third criterion, where the form shows the message. */
function criterionOf(path: string, rubric: readonly Criterion[]): string | undefined {
  const m = /^(?:body\.)?items\[(\d+)\]\.score$/.exec(path);
  return m ? rubric[Number(m[1])]?.key : undefined;
}

function ScoreForm({ review }: { review: CityReviewView }) {
  const { t, locale } = useI18n();
  const client = useQueryClient();
  const zh = locale === 'zh-CN';
  const [values, setValues] = useState<Record<string, string>>({});
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const items = review.rubric.map((c) => ({
    criterion: c.key,
    score: values[c.key]?.trim() ? Number(values[c.key]) : Number.NaN,
  }));
  const total = items.reduce((n, i) => n + (Number.isFinite(i.score) ? i.score : 0), 0);
  const rubricMax = review.rubric.reduce((n, c) => n + c.maxScore, 0);
  const mutation = useMutation({
    mutationFn: () => scoreCityReview(review.applicationId, { items, comment }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: cityReviewQueryKey(review.applicationId) });
      void client.invalidateQueries({ queryKey: ['city-reviews'] });
    },
    onError: (err) => {
      // The server's findings next to the criterion (items[i].score) or the comment they name.
      const found = err instanceof ApiError ? (err.problem?.errors ?? []) : [];
      const next: Record<string, string> = {};
      const rest: string[] = [];
      for (const e of found) {
        const key =
          criterionOf(e.path, review.rubric) ?? (/^(body\.)?comment$/.test(e.path) ? 'comment' : undefined);
        if (key) next[key] = zh ? e.messageZh : e.message;
        else rest.push(zh ? e.messageZh : e.message);
      }
      setErrors(next);
      setGeneral(found.length > 0 ? rest : problemMessages(err, [], locale, t('common.unavailable')).general);
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (mutation.isPending) return;
    setGeneral([]);
    // The rule the review service applies (libs/policy checkScores), checked before sending.
    const findings = checkScores(review.rubric, items);
    if (findings.length > 0) {
      const next: Record<string, string> = {};
      for (const f of findings) {
        const key = criterionOf(f.path, review.rubric);
        if (key) next[key] = zh ? f.messageZh : f.message;
      }
      setErrors(next);
      return;
    }
    setErrors({});
    mutation.mutate();
  };

  return (
    <form className="lz-section" onSubmit={onSubmit} noValidate aria-labelledby="score-heading">
      <h2 id="score-heading">{t('expertReview.score')}</h2>
      <p className="lz-lead">{t('expertReview.score.lead')}</p>
      {review.rubric.map((c) => (
        <Field
          key={c.key}
          id={`score-${c.key}`}
          label={t('cityReview.col.criterion', { title: zh ? c.titleZh : c.title, max: c.maxScore })}
          required
          error={errors[c.key]}
          help={t('expertReview.score.help', { max: c.maxScore })}
        >
          {(a11y) => (
            <input
              {...a11y}
              className="lz-input lz-input-score"
              type="number"
              inputMode="numeric"
              min={0}
              max={c.maxScore}
              step={1}
              value={values[c.key] ?? ''}
              onChange={(e) => setValues((v) => ({ ...v, [c.key]: e.target.value }))}
            />
          )}
        </Field>
      ))}
      <p data-testid="score-total" aria-live="polite">
        {t('expertReview.total', { total, max: rubricMax })}
      </p>
      <Field id="score-comment" label={t('cityReview.col.comment')} error={errors['comment']}>
        {(a11y) => (
          <textarea
            {...a11y}
            className="lz-input"
            rows={4}
            maxLength={4000}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
        )}
      </Field>
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} />}
      <Button type="primary" htmlType="submit" loading={mutation.isPending}>
        {t('expertReview.submitScore')}
      </Button>
    </form>
  );
}

function DeclineForm({ review, onDeclined }: { review: CityReviewView; onDeclined: () => void }) {
  const { t, locale } = useI18n();
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [general, setGeneral] = useState<string[]>([]);
  const mutation = useMutation({
    mutationFn: () => declineCityReview(review.applicationId, reason.trim()),
    onSuccess: () => {
      // The assignment is gone: the list no longer shows it, and the case answers 404 from now on.
      void client.invalidateQueries({ queryKey: ['city-reviews'] });
      onDeclined();
    },
    onError: (err) => {
      const m = problemMessages(err, ['reason'], locale, t('common.unavailable'));
      setError(m.fields.reason);
      setGeneral(m.general);
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (mutation.isPending) return;
    // The rule the review service applies (libs/policy), checked before sending.
    const checked = declineBodySchema.safeParse({ reason });
    if (!checked.success) {
      const tooLong = checked.error.issues.some((i) => i.code === 'too_big');
      setError(
        tooLong
          ? t('validation.tooLong', { label: t('expertReview.reason'), max: DECLINE_REASON_MAX })
          : t('validation.required', { label: t('expertReview.reason') }),
      );
      return;
    }
    setError(undefined);
    setGeneral([]);
    mutation.mutate();
  };
  return (
    <form className="lz-section" onSubmit={onSubmit} noValidate aria-labelledby="decline-heading">
      <h2 id="decline-heading">{t('expertReview.decline')}</h2>
      <p className="lz-lead">{t('expertReview.decline.lead')}</p>
      <Field
        id="decline-reason"
        label={t('expertReview.reason')}
        required
        error={error}
        help={t('expertReview.reason.help', { max: DECLINE_REASON_MAX })}
      >
        {(a11y) => (
          <textarea
            {...a11y}
            className="lz-input"
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        )}
      </Field>
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} />}
      <Button danger htmlType="submit" loading={mutation.isPending}>
        {t('expertReview.submitDecline')}
      </Button>
    </form>
  );
}

function OwnScore({ review, score }: { review: CityReviewView; score: CityReviewView['scores'][number] }) {
  const { t, locale } = useI18n();
  const zh = locale === 'zh-CN';
  return (
    <section className="lz-section" aria-labelledby="own-score-heading">
      <h2 id="own-score-heading">
        {t('expertReview.scored', { time: formatInstant(score.scoredAt, locale) })}
      </h2>
      <DataTable<Criterion>
        caption={t('expertReview.score')}
        rowKey={(c) => c.key}
        rows={review.rubric}
        columns={[
          { key: 'criterion', title: t('expertReview.criterion'), render: (c) => (zh ? c.titleZh : c.title) },
          { key: 'max', title: t('expertReview.max'), render: (c) => c.maxScore },
          {
            key: 'score',
            title: t('expertReview.given'),
            render: (c) => score.items.find((i) => i.criterion === c.key)?.score ?? '—',
          },
        ]}
      />
      <p data-testid="own-total">
        {t('expertReview.total', {
          total: score.total,
          max: review.rubric.reduce((n, c) => n + c.maxScore, 0),
        })}
      </p>
      <p>{score.comment || '—'}</p>
    </section>
  );
}

/**
 * 评审专家 on one assignment (docs/SPEC.md 3.4): the application as the panel reads it, then either the
 * scoring form against the rubric (each criterion within its maximum, a comment) and the way to decline
 * with a reason (the reserve takes the seat), or the score already given. The service answers 404 for
 * an application the expert is not (or no longer) assigned to — including one they were excluded from.
 */
export function ExpertCase({ id }: { id: string }) {
  const { t } = useI18n();
  const chainRoleLabel = (role: string) =>
    (CHAIN_ROLES as readonly string[]).includes(role) ? t(`wizard.chainRole.${role}` as MessageKey) : role;
  const client = useQueryClient();
  const [declined, setDeclined] = useState(false);
  // Once the seat is given up the service answers 404: leaving the page forgets the cached case, so
  // that coming back asks again instead of showing it.
  useEffect(() => {
    if (!declined) return;
    return () => client.removeQueries({ queryKey: cityReviewQueryKey(id) });
  }, [declined, client, id]);
  const review = useQuery({
    queryKey: cityReviewQueryKey(id),
    queryFn: () => getCityReview(id),
    enabled: !declined,
  });
  usePageTitle(review.data?.name ?? t('expertReview.title'), isNotFound(review.error));
  return (
    <QueryState isPending={review.isPending} error={review.error} refetch={review.refetch}>
      {() => {
        const r = review.data as CityReviewView;
        const own = r.scores[0];
        if (declined) {
          return (
            <>
              <h1>{r.name}</h1>
              <Alert
                className="lz-section"
                type="info"
                showIcon
                title={<h2 id="declined-heading">{t('expertReview.declined')}</h2>}
                description={<Link to="/workspace/city-reviews">{t('expertReview.backToList')}</Link>}
              />
            </>
          );
        }
        return (
          <>
            <p className="lz-no-print">
              <Link to="/workspace/city-reviews">{t('expertReview.backToList')}</Link>
            </p>
            <h1>{r.name}</h1>
            <CaseFacts review={r} />
            <section className="lz-section" aria-labelledby="members-heading">
              <h2 id="members-heading">{t('expertReview.members')}</h2>
              <DataTable<CityReviewView['members'][number]>
                caption={t('expertReview.members')}
                rowKey={(m) => m.uscc}
                rows={r.members}
                columns={[
                  { key: 'name', title: t('expertReview.member.name'), render: (m) => m.name },
                  { key: 'uscc', title: t('expertReview.member.uscc'), render: (m) => m.uscc },
                  {
                    key: 'role',
                    title: t('expertReview.member.role'),
                    render: (m) => chainRoleLabel(m.chainRole),
                  },
                  {
                    key: 'inLuzhou',
                    title: t('expertReview.member.inLuzhou'),
                    render: (m) => t(m.inLuzhou ? 'common.yes' : 'common.no'),
                  },
                ]}
              />
            </section>
            {own ? (
              <OwnScore review={r} score={own} />
            ) : r.status === 'PRELIM_RECOMMENDED' ? (
              <>
                <ScoreForm review={r} />
                <DeclineForm review={r} onDeclined={() => setDeclined(true)} />
              </>
            ) : (
              <Alert className="lz-section" type="info" showIcon title={t('expertReview.closed')} />
            )}
          </>
        );
      }}
    </QueryState>
  );
}
