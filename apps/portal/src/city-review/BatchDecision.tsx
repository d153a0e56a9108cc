import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { CITY_DECISIONS, CITY_OPINION_MAX, type CityDecision } from '@lz/policy';
import { decideCityReview } from '../api/city-review';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages.zh-CN';
import { BatchKeys, runBatch } from '../shared/batch';
import { DataTable } from '../shared/DataTable';
import { DecisionFields } from '../shared/DecisionFields';
import { problemMessages } from '../shared/problem-fields';
import { StatusTag } from '../shared/StatusTag';
import { checkCityDecision, type CityDecisionField as Field } from './decision-check';

const DECISION_LABELS: Record<CityDecision, MessageKey> = {
  TO_BE_FILED: 'cityReview.decision.TO_BE_FILED',
  REJECT: 'cityReview.decision.REJECT',
};

/** One item's outcome in a batch: decided, or the server's refusal in the page's language. */
export interface BatchResult {
  applicationId: string;
  name: string;
  decision: CityDecision;
  ok: boolean;
  message: string;
}

/**
 * 批量审查决定 (docs/SPEC.md 3.4): one decision and opinion for the cases ticked in the list, sent as
 * one `POST /city-reviews/:id/decision` per case, each with its own Idempotency-Key — the service
 * decides each on its own rules (every expert scored, still under review), so a refused case shows its
 * problem beside it and the others are decided.
 */
export function BatchDecision({
  selected,
  onDone,
}: {
  selected: ReadonlyArray<{ applicationId: string; name: string }>;
  onDone: (results: BatchResult[]) => void;
}) {
  const { t, locale } = useI18n();
  const client = useQueryClient();
  const [decision, setDecision] = useState<CityDecision | ''>('');
  const [opinion, setOpinion] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const keys = useRef(new BatchKeys());

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    setGeneral([]);
    const checked = checkCityDecision(decision, opinion, t);
    const next = checked.ok ? {} : checked.errors;
    setErrors(next);
    if (selected.length === 0) setGeneral([t('cityReview.batch.none')]);
    if (!checked.ok || selected.length === 0) return;
    setPending(true);
    const body = checked.body;
    const names = new Map(selected.map((s) => [s.applicationId, s.name]));
    const outcomes = await runBatch(
      selected.map((s) => s.applicationId),
      (id) => decideCityReview(id, body, keys.current.of(id)),
    );
    const results: BatchResult[] = [...outcomes].map(([applicationId, o]) => {
      if (!o.ok) keys.current.renew(applicationId);
      return {
        applicationId,
        name: names.get(applicationId) ?? applicationId,
        decision: body.decision,
        ok: o.ok,
        message: o.ok
          ? t(DECISION_LABELS[body.decision])
          : problemMessages(o.error, [], locale, t('common.unavailable')).general.join('；'),
      };
    });
    setPending(false);
    onDone(results);
    void client.invalidateQueries({ queryKey: ['city-reviews'] });
    void client.invalidateQueries({ queryKey: ['city-review'] });
    void client.invalidateQueries({ queryKey: ['count'] });
  };

  return (
    <form className="lz-section lz-no-print" onSubmit={onSubmit} noValidate aria-labelledby="batch-heading">
      <h2 id="batch-heading">{t('cityReview.batch')}</h2>
      <p data-testid="batch-selected">
        {selected.length === 0
          ? t('cityReview.batch.none')
          : t('cityReview.batch.selected', {
              count: selected.length,
              names: selected.map((s) => s.name).join('、'),
            })}
      </p>
      <DecisionFields
        id="batch-decision"
        legend={t('cityReview.decision')}
        options={CITY_DECISIONS.map((d) => ({ value: d, label: t(DECISION_LABELS[d]) }))}
        decision={decision}
        onDecision={setDecision}
        opinionLabel={t('cityReview.batch.opinion')}
        opinionHelp={t('cityReview.batch.opinion.help', { max: CITY_OPINION_MAX })}
        opinionMax={CITY_OPINION_MAX}
        opinion={opinion}
        onOpinion={setOpinion}
        errors={errors}
        general={general}
        submitLabel={t('cityReview.batch.submit', { count: selected.length })}
        pending={pending}
      />
    </form>
  );
}

/** The outcome of the last batch, one row per case (kept after the list has moved on). */
export function BatchResults({ results }: { results: readonly BatchResult[] }) {
  const { t } = useI18n();
  if (results.length === 0) return null;
  const failed = results.filter((r) => !r.ok).length;
  return (
    <section className="lz-section" aria-labelledby="batch-results" data-testid="batch-results">
      <h2 id="batch-results">{t('cityReview.batch.results')}</h2>
      <p role="status">{t('cityReview.batch.summary', { done: results.length - failed, failed })}</p>
      <DataTable<BatchResult>
        caption={t('cityReview.batch.results')}
        rowKey={(r) => r.applicationId}
        rows={results}
        columns={[
          { key: 'name', title: t('applications.col.name'), render: (r) => r.name },
          {
            key: 'outcome',
            title: t('cityReview.batch.outcome'),
            render: (r) =>
              r.ok ? (
                <StatusTag tone="success">{t('cityReview.batch.decided', { decision: r.message })}</StatusTag>
              ) : (
                <span className="lz-field-error">{r.message}</span>
              ),
          },
        ]}
      />
    </section>
  );
}
