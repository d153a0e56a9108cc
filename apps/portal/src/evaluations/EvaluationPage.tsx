import { useQuery } from '@tanstack/react-query';
import { Descriptions } from 'antd';
import { useParams } from 'react-router';
import { evaluationQuery, type EvaluationView } from '../api/evaluations';
import { isNotFound } from '../api/http';
import { useI18n } from '../i18n/i18n';
import { RequireSession } from '../session/session';
import { DataTable } from '../shared/DataTable';
import { formatDate, formatDeadline, formatInstant } from '../shared/format';
import { usePageTitle } from '../shared/page-title';
import { QueryState } from '../shared/QueryState';
import { StatusTag } from '../shared/StatusTag';
import { evaluationStatusLabel, reminderStatusLabel } from './labels';

type Reminder = EvaluationView['reminders'][number];

function EvaluationBody({ evaluation: e }: { evaluation: EvaluationView }) {
  const { t, locale } = useI18n();
  return (
    <article aria-labelledby="evaluation-title">
      <h1 id="evaluation-title">{t('evaluation.cycleN', { n: e.cycle })}</h1>
      {e.status === 'OVERDUE' && (
        <p className="lz-lead" role="status">
          {t('evaluation.overdue.note')}
        </p>
      )}
      <section className="lz-section" aria-label={t('evaluation.window')}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'status',
              label: t('evaluation.status'),
              children: <StatusTag>{t(evaluationStatusLabel(e.status))}</StatusTag>,
            },
            { key: 'opensAt', label: t('evaluation.opensOn'), children: formatInstant(e.opensAt, locale) },
            { key: 'dueOn', label: t('evaluation.dueOn'), children: formatDate(e.dueOn, locale) },
            { key: 'dueAt', label: t('evaluation.dueAt'), children: formatDeadline(e.dueAt, locale) },
            {
              key: 'submittedAt',
              label: t('evaluation.submittedAt'),
              children: formatInstant(e.report?.submittedAt, locale),
            },
          ]}
        />
      </section>
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
    </article>
  );
}

function Evaluation({ id }: { id: string }) {
  const { t } = useI18n();
  const evaluation = useQuery(evaluationQuery(id));
  usePageTitle(
    evaluation.data ? t('evaluation.cycleN', { n: evaluation.data.cycle }) : t('evaluation.title'),
    isNotFound(evaluation.error),
  );
  return (
    <QueryState isPending={evaluation.isPending} error={evaluation.error} refetch={evaluation.refetch}>
      {() => <EvaluationBody evaluation={evaluation.data as EvaluationView} />}
    </QueryState>
  );
}

/** One cycle: when the report is due and when the lead is reminded; another unit's answers 404. */
export function Component() {
  const { evaluationId = '' } = useParams();
  return (
    <RequireSession roles={['applicant', 'officer', 'evaluator']}>
      {() => <Evaluation id={evaluationId} />}
    </RequireSession>
  );
}
