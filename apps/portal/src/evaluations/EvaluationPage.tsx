import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions } from 'antd';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { validateUscc } from '@lz/policy';
import {
  assignEvaluator,
  EVALUATION_GRADES,
  evaluationEvidencePath,
  evaluationQuery,
  recordResult,
  type EvaluationGrade,
  submitReport,
  uploadEvaluationEvidence,
  type EvaluationView,
  type ReportBody,
} from '../api/evaluations';
import type { StoredFile } from '../api/files';
import { isNotFound, newIdempotencyKey } from '../api/http';
import type { Role } from '../api/session';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages.zh-CN';
import { RequireSession } from '../session/session';
import { Field } from '../shared/Field';
import { formatDate, formatInstant } from '../shared/format';
import { usePageTitle } from '../shared/page-title';
import { problemMessages } from '../shared/problem-fields';
import { QueryState } from '../shared/QueryState';
import { StatusTag } from '../shared/StatusTag';
import { StoredFiles } from '../shared/StoredFiles';
import { DataTable } from '../shared/DataTable';
import { DecisionFields } from '../shared/DecisionFields';
import { TEXT_LIMITS } from '@lz/policy';
import { evaluationStatusLabel, gradeLabel, reminderStatusLabel } from './labels';

type Reminder = EvaluationView['reminders'][number];
type TextField = 'performance' | 'operation' | 'activities';
const TEXTS: ReadonlyArray<{ field: TextField; label: MessageKey }> = [
  { field: 'performance', label: 'evaluation.performance' },
  { field: 'operation', label: 'evaluation.operation' },
  { field: 'activities', label: 'evaluation.activities' },
];
const FIELDS = ['performance', 'operation', 'activities', 'evidenceIds'] as const;

/** The report form: three texts and the evidence it relies on (only this evaluation's files). */
function ReportForm({ evaluation }: { evaluation: EvaluationView }) {
  const { t, locale } = useI18n();
  const client = useQueryClient();
  const [texts, setTexts] = useState<Record<TextField, string>>({
    performance: '',
    operation: '',
    activities: '',
  });
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [missing, setMissing] = useState<Partial<Record<(typeof FIELDS)[number], string>>>({});
  const [key, setKey] = useState(newIdempotencyKey);
  const report = useMutation({
    mutationFn: (body: ReportBody) => submitReport(evaluation.id, body, key),
    onSuccess: (view) => client.setQueryData(evaluationQuery(evaluation.id).queryKey, view),
    onError: (err) => {
      setKey(newIdempotencyKey());
      setMissing(problemMessages(err, FIELDS, locale, t('common.unavailable')).fields);
    },
  });
  const inFlight = useRef(false);
  const evidenceIds = evaluation.evidence.map((f) => f.id).filter((id) => !excluded.has(id));
  // The evidence message holds only while no file is chosen (one uploaded is chosen at once).
  const evidenceError = evidenceIds.length === 0 ? missing.evidenceIds : undefined;
  const onSubmit = () => {
    const next: typeof missing = {};
    for (const { field } of TEXTS) if (!texts[field].trim()) next[field] = t('claims.form.required');
    if (evidenceIds.length === 0) next.evidenceIds = t('evaluation.needEvidence');
    setMissing(next);
    if (Object.keys(next).length > 0 || inFlight.current) return;
    inFlight.current = true; // a double click reports once
    report.mutate({ ...texts, evidenceIds }, { onSettled: () => (inFlight.current = false) });
  };
  const general = report.error
    ? problemMessages(report.error, FIELDS, locale, t('common.unavailable')).general
    : [];
  return (
    <form
      className="lz-section"
      aria-labelledby="report-heading"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <h2 id="report-heading">{t('evaluation.report')}</h2>
      {TEXTS.map(({ field, label }) => (
        <Field key={field} id={`f-report-${field}`} label={t(label)} required error={missing[field]}>
          {(a11y) => (
            <textarea
              {...a11y}
              className="lz-input"
              rows={4}
              value={texts[field]}
              onChange={(e) => setTexts((x) => ({ ...x, [field]: e.target.value }))}
            />
          )}
        </Field>
      ))}
      <fieldset
        className="lz-wizard-group"
        aria-describedby={evidenceError ? 'f-report-evidence-error' : undefined}
      >
        <legend>{t('evaluation.reportEvidence')}</legend>
        {evaluation.evidence.length === 0 && <p className="lz-muted">{t('evaluation.noEvidence')}</p>}
        {evaluation.evidence.map((f) => (
          <div key={f.id}>
            <input
              type="checkbox"
              id={`f-report-evidence-${f.id}`}
              checked={!excluded.has(f.id)}
              onChange={(e) =>
                setExcluded((s) => {
                  const n = new Set(s);
                  if (e.target.checked) n.delete(f.id);
                  else n.add(f.id);
                  return n;
                })
              }
            />{' '}
            <label htmlFor={`f-report-evidence-${f.id}`}>{f.fileName}</label>
          </div>
        ))}
        {evidenceError && (
          <div id="f-report-evidence-error" className="lz-field-error" role="alert">
            {evidenceError}
          </div>
        )}
      </fieldset>
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} />}
      <Button type="primary" htmlType="submit" data-testid="submit-report" loading={report.isPending}>
        {t('evaluation.submit')}
      </Button>
    </form>
  );
}

/** When the lead is reminded before the report is due (policy evaluation.reminders), and what became of each. */
function RemindersSection({ evaluation: e }: { evaluation: EvaluationView }) {
  const { t, locale } = useI18n();
  return (
    <section className="lz-section" aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('evaluation.reminders')}</h2>
      <p>{t('evaluation.reminders.lead')}</p>
      {e.reminders.length === 0 ? (
        <p>{t(e.status === 'SCHEDULED' ? 'evaluation.reminders.notYet' : 'evaluation.reminders.none')}</p>
      ) : (
        <DataTable<Reminder>
          caption={t('evaluation.reminders')}
          rowKey={(r) => String(r.workingDaysBefore)}
          rows={e.reminders}
          columns={[
            {
              key: 'when',
              title: t('evaluation.reminder.when'),
              render: (r) =>
                r.workingDaysBefore === 0
                  ? t('evaluation.reminder.dueDay')
                  : t('evaluation.reminder.before', { n: r.workingDaysBefore }),
            },
            {
              key: 'at',
              title: t('evaluation.reminder.at'),
              render: (r) =>
                formatInstant(r.at, locale) + (r.provisional ? t('evaluation.reminder.provisional') : ''),
            },
            {
              key: 'status',
              title: t('evaluation.status'),
              render: (r) => <StatusTag>{t(reminderStatusLabel(r.status))}</StatusTag>,
            },
          ]}
        />
      )}
    </section>
  );
}

/** 指派评估机构 (officer): the third-party institution by its USCC, until the cycle is graded. */
function AssignForm({ evaluation }: { evaluation: EvaluationView }) {
  const { t, locale } = useI18n();
  const client = useQueryClient();
  const [uscc, setUscc] = useState(evaluation.evaluatorOrgUscc ?? '');
  const [error, setError] = useState<string>();
  const assign = useMutation({
    mutationFn: (code: string) => assignEvaluator(evaluation.id, code),
    onSuccess: (view) => client.setQueryData(evaluationQuery(evaluation.id).queryKey, view),
    onError: (err) => {
      const p = problemMessages(err, ['evaluatorOrgUscc'] as const, locale, t('common.unavailable'));
      setError([p.fields.evaluatorOrgUscc, ...p.general].filter(Boolean).join('；'));
    },
  });
  const onSubmit = () => {
    const code = uscc.trim().toUpperCase();
    if (!validateUscc(code).ok) {
      setError(t('evaluation.assign.badUscc'));
      return;
    }
    setError(undefined);
    assign.mutate(code);
  };
  return (
    <form
      className="lz-section"
      aria-labelledby="assign-heading"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <h2 id="assign-heading">{t('evaluation.assign.heading')}</h2>
      {evaluation.evaluatorOrgUscc && (
        <p data-testid="evaluation-evaluator">
          {t('evaluation.assign.current', { uscc: evaluation.evaluatorOrgUscc })}
        </p>
      )}
      <Field
        id="f-assign-uscc"
        label={t('evaluation.assign.uscc')}
        required
        error={error}
        help={t('evaluation.assign.help')}
      >
        {(a11y) => (
          <input {...a11y} className="lz-input" value={uscc} onChange={(e) => setUscc(e.target.value)} />
        )}
      </Field>
      {assign.isSuccess && (
        <p role="status">{t('evaluation.assign.done', { uscc: assign.data.evaluatorOrgUscc ?? '' })}</p>
      )}
      <Button type="primary" htmlType="submit" loading={assign.isPending}>
        {t('evaluation.assign.submit')}
      </Button>
    </form>
  );
}

/** 录入评估结果 (the assigned evaluator): the grade with its comment, once the report is in or overdue. */
function ResultForm({ evaluation }: { evaluation: EvaluationView }) {
  const { t, locale } = useI18n();
  const client = useQueryClient();
  const [grade, setGrade] = useState<EvaluationGrade | ''>('');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<{ decision?: string; opinion?: string }>({});
  const [key, setKey] = useState(newIdempotencyKey);
  const record = useMutation({
    mutationFn: (body: { grade: EvaluationGrade; comment: string }) => recordResult(evaluation.id, body, key),
    onSuccess: (view) => client.setQueryData(evaluationQuery(evaluation.id).queryKey, view),
    onError: (err) => {
      setKey(newIdempotencyKey());
      const p = problemMessages(err, ['grade', 'comment'] as const, locale, t('common.unavailable'));
      setErrors({ decision: p.fields.grade, opinion: p.fields.comment });
    },
  });
  const inFlight = useRef(false);
  const general = record.error
    ? problemMessages(record.error, ['grade', 'comment'] as const, locale, t('common.unavailable')).general
    : [];
  return (
    <form
      className="lz-section"
      aria-labelledby="result-heading"
      onSubmit={(e) => {
        e.preventDefault();
        const next = {
          decision: grade ? undefined : t('evaluation.grade.required'),
          opinion: comment.trim() ? undefined : t('claims.form.required'),
        };
        setErrors(next);
        if (!grade || next.opinion || inFlight.current) return;
        inFlight.current = true; // a double click records once
        record.mutate({ grade, comment: comment.trim() }, { onSettled: () => (inFlight.current = false) });
      }}
    >
      <h2 id="result-heading">{t('evaluation.grade.heading')}</h2>
      <p className="lz-lead">{t('evaluation.grade.lead')}</p>
      <DecisionFields<EvaluationGrade>
        id="grade"
        legend={t('evaluations.col.grade')}
        options={EVALUATION_GRADES.map((g) => ({ value: g, label: t(gradeLabel(g)) }))}
        decision={grade}
        onDecision={setGrade}
        opinionLabel={t('evaluation.comment')}
        opinionHelp={t('evaluation.grade.commentHelp', { max: TEXT_LIMITS.long })}
        opinionMax={TEXT_LIMITS.long}
        opinion={comment}
        onOpinion={setComment}
        errors={errors}
        general={general}
        submitLabel={t('evaluation.grade.submit')}
        pending={record.isPending}
      />
    </form>
  );
}

/** 5.2c as it happens: the delisting decided here after two failures in a row, then the registry's. */
function DelistingNotice({ evaluation: e }: { evaluation: EvaluationView }) {
  const { t, locale } = useI18n();
  const { delistingDecidedAt, delistedAt, status } = e.consortium;
  if (!delistingDecidedAt && status !== 'DELISTED') return null;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="evaluation-delisting"
      title={
        delistingDecidedAt
          ? t('evaluation.delisting.decided', { at: formatInstant(delistingDecidedAt, locale) })
          : t('evaluation.delisting.delisted')
      }
      description={
        delistedAt
          ? t('evaluation.delisting.registry', { at: formatInstant(delistedAt, locale) })
          : t('evaluation.delisting.pending')
      }
    />
  );
}

function Evaluation({ id, role }: { id: string; role: Role | null }) {
  const { t, locale } = useI18n();
  const client = useQueryClient();
  const evaluation = useQuery(evaluationQuery(id));
  usePageTitle(
    evaluation.data ? t('evaluation.cycleN', { n: evaluation.data.cycle }) : t('evaluation.title'),
    isNotFound(evaluation.error),
  );
  return (
    <QueryState isPending={evaluation.isPending} error={evaluation.error} refetch={evaluation.refetch}>
      {() => {
        const e = evaluation.data as EvaluationView;
        const open = e.acceptingReport && !e.report;
        return (
          <article aria-labelledby="evaluation-title">
            <h1 id="evaluation-title">{t('evaluation.cycleN', { n: e.cycle })}</h1>
            <p data-testid="evaluation-consortium">
              {t('evaluation.of', { name: e.consortium.name, filingNumber: e.consortium.filingNumber })}
            </p>
            <DelistingNotice evaluation={e} />
            {e.status === 'OVERDUE' && (
              <p className="lz-lead" role="status">
                {t('evaluation.overdue.note')}
              </p>
            )}
            <p>
              {role === 'applicant' && (
                <>
                  <Link to={`/workspace/consortia/${e.consortiumId}`}>{t('claim.consortium')}</Link>
                  {' · '}
                </>
              )}
              <Link to="/workspace/evaluations">{t('evaluations.heading')}</Link>
            </p>
            <section className="lz-section" aria-label={t('evaluation.title')}>
              <Descriptions
                size="small"
                column={{ xs: 1, md: 2 }}
                items={[
                  {
                    key: 'status',
                    label: t('evaluations.col.status'),
                    children: (
                      <StatusTag
                        tone={e.status === 'OVERDUE' ? 'danger' : e.status === 'GRADED' ? 'success' : 'info'}
                      >
                        <span data-testid="evaluation-status">{t(evaluationStatusLabel(e.status))}</span>
                      </StatusTag>
                    ),
                  },
                  {
                    key: 'opensOn',
                    label: t('evaluations.col.opensOn'),
                    children: formatDate(e.opensOn, locale),
                  },
                  {
                    key: 'dueOn',
                    label: t('evaluations.col.dueOn'),
                    children: (
                      <span data-testid="evaluation-due">
                        {t('evaluation.due', { date: formatDate(e.dueOn, locale) })}
                      </span>
                    ),
                  },
                ]}
              />
            </section>
            <RemindersSection evaluation={e} />
            {e.result && (
              <section className="lz-section" aria-labelledby="evaluation-result">
                <h2 id="evaluation-result">{t('evaluation.result')}</h2>
                <Descriptions
                  size="small"
                  column={1}
                  items={[
                    {
                      key: 'grade',
                      label: t('evaluations.col.grade'),
                      children: <span data-testid="evaluation-grade">{t(gradeLabel(e.result.grade))}</span>,
                    },
                    { key: 'comment', label: t('evaluation.comment'), children: e.result.comment },
                    {
                      key: 'failures',
                      label: t('evaluation.consecutiveFailures'),
                      children: <span data-testid="evaluation-failures">{e.result.consecutiveFailures}</span>,
                    },
                    {
                      key: 'gradedAt',
                      label: t('evaluation.gradedAt'),
                      children: formatInstant(e.result.gradedAt, locale),
                    },
                  ]}
                />
              </section>
            )}
            <section className="lz-section" aria-labelledby="evaluation-evidence">
              <h2 id="evaluation-evidence">{t('evaluation.evidence')}</h2>
              <StoredFiles<StoredFile>
                id="f-evaluation-evidence"
                caption={t('evaluation.evidence')}
                files={e.evidence}
                downloadPath={(f) => evaluationEvidencePath(e.id, f.id)}
                upload={
                  role === 'applicant'
                    ? (file, onProgress) => uploadEvaluationEvidence(e.id, file, onProgress)
                    : undefined
                }
                onChanged={() => void client.invalidateQueries({ queryKey: evaluationQuery(id).queryKey })}
                disabled={!open}
              />
            </section>
            {e.report ? (
              <section className="lz-section" aria-labelledby="report-submitted">
                <h2 id="report-submitted">{t('evaluation.report')}</h2>
                <p data-testid="report-submitted">
                  {t('evaluation.submitted', { at: formatInstant(e.report.submittedAt, locale) })}
                </p>
                <Descriptions
                  size="small"
                  column={1}
                  items={TEXTS.map(({ field, label }) => ({
                    key: field,
                    label: t(label),
                    children: e.report?.[field],
                  }))}
                />
              </section>
            ) : open ? (
              <ReportForm evaluation={e} />
            ) : (
              <p className="lz-muted">{t('evaluation.notOpen')}</p>
            )}
            {role === 'evaluator' && !e.result && (e.status === 'SUBMITTED' || e.status === 'OVERDUE') && (
              <ResultForm evaluation={e} />
            )}
            {role === 'officer' && e.status !== 'GRADED' && e.status !== 'CANCELLED' && (
              <AssignForm evaluation={e} />
            )}
          </article>
        );
      }}
    </QueryState>
  );
}

/**
 * One biennial evaluation (docs/SPEC.md 5.2a): the window and due date, when the lead is reminded, the
 * evidence and the report (the lead, while the window is open), then the grade. Another unit's answers 404.
 */
export function Component() {
  const { evaluationId = '' } = useParams();
  return (
    <RequireSession roles={['applicant', 'officer', 'evaluator']}>
      {(session) => <Evaluation id={evaluationId} role={session.role} />}
    </RequireSession>
  );
}
