import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { noticeDeadline } from '../api/publicity';
import { useI18n } from '../i18n/i18n';
import { formatDate, formatDeadline } from '../shared/format';

/** Now, to the minute (the preview asks again once a minute, not on every render). */
function thisMinute(): string {
  return new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString();
}

/**
 * The period a notice published at `from` (null: now) would get, as the publicity service computes
 * it from the working-day calendar (`GET /calendar/deadline`): the counting rule, the first counted
 * day, the last working day and the end instant — the same the published notice will print.
 */
export function PeriodPreview({ from, workingDays }: { from: string | null; workingDays: number }) {
  const { t, locale } = useI18n();
  const at = from && !Number.isNaN(Date.parse(from)) ? from : thisMinute();
  const deadline = useQuery({
    queryKey: ['notice-deadline', at, workingDays],
    queryFn: () => noticeDeadline(at, workingDays),
    refetchInterval: from ? false : 60_000,
  });
  const d = deadline.data;
  return (
    <section className="lz-field" aria-labelledby="period-heading" aria-live="polite">
      <h3 id="period-heading">{t('publicity.period')}</h3>
      {deadline.error ? (
        <p>{t('common.unavailable')}</p>
      ) : !d ? (
        <p>{t('common.loading')}</p>
      ) : (
        <>
          <dl className="lz-facts" data-testid="period-preview">
            <dt>{t('notice.workingDays')}</dt>
            <dd>{t('notice.workingDaysValue', { days: d.workingDays })}</dd>
            <dt>{t('notice.countingRule')}</dt>
            <dd>{t(`publicity.rule.${d.countingRule}`, { closingTime: d.closingTime })}</dd>
            <dt>{t('publicity.firstCountedDay')}</dt>
            <dd>{formatDate(d.firstCountedDay, locale)}</dd>
            <dt>{t('notice.lastWorkingDay')}</dt>
            <dd>{formatDate(d.lastWorkingDay, locale)}</dd>
            <dt>{t('notice.endsAt')}</dt>
            <dd data-testid="period-ends">
              {t('common.instant', { time: formatDeadline(d.endsAt, locale) })}
            </dd>
          </dl>
          {d.provisional && (
            <Alert
              type="warning"
              showIcon
              title={t('notice.provisional', { years: d.unknownYears.join('、') })}
            />
          )}
        </>
      )}
    </section>
  );
}
