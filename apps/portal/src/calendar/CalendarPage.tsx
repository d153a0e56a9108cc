import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { Link, useParams } from 'react-router';
import { calendarYearOf, calendarYearQuery } from '../api/calendar';
import { isNotFound } from '../api/http';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages.zh-CN';
import { usePageTitle } from '../shared/page-title';
import { QueryState } from '../shared/QueryState';
import { workingDayCount, yearGrid, type DayKind } from './calendar-grid';
import './calendar.css';

const KIND_LABEL: Record<DayKind, MessageKey> = {
  workday: 'calendar.legend.workday',
  weekend: 'calendar.legend.weekend',
  holiday: 'calendar.legend.holiday',
  makeup: 'calendar.legend.makeup',
};

function YearView({ year, holidays, makeup }: { year: number; holidays: string[]; makeup: string[] }) {
  const { t } = useI18n();
  const { months, counts } = yearGrid(year, holidays, makeup);
  const weekdays = t('calendar.weekdays').split(',');
  return (
    <>
      <p>
        {t('calendar.summary', {
          workdays: workingDayCount(counts),
          holidays: counts.holiday,
          makeup: counts.makeup,
        })}
      </p>
      <ul className="lz-cal-legend" aria-label={t('calendar.title')}>
        {(Object.keys(KIND_LABEL) as DayKind[]).map((k) => (
          <li key={k}>
            <span className={`lz-cal-swatch lz-cal-${k}`} aria-hidden="true" />
            {t(KIND_LABEL[k])}
          </li>
        ))}
      </ul>
      <div className="lz-cal-year">
        {months.map((m) => (
          <table key={m.month} className="lz-cal-month">
            <caption>{t('calendar.month', { month: m.month })}</caption>
            <thead>
              <tr>
                {weekdays.map((w) => (
                  <th key={w} scope="col">
                    {w}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {m.weeks.map((week, i) => (
                <tr key={i}>
                  {week.map((cell, j) =>
                    cell ? (
                      <td
                        key={j}
                        className={`lz-cal-${cell.kind}`}
                        title={`${cell.date} ${t(KIND_LABEL[cell.kind])}`}
                      >
                        <time dateTime={cell.date}>{cell.day}</time>
                        {(cell.kind === 'holiday' || cell.kind === 'makeup') && (
                          <span className="lz-visually-hidden">{t(KIND_LABEL[cell.kind])}</span>
                        )}
                      </td>
                    ) : (
                      <td key={j} />
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </>
  );
}

/** 工作日历: a year's working days as the State Council's arrangement makes them (SPEC §7). */
export function Component() {
  const { t } = useI18n();
  const params = useParams();
  const year = calendarYearOf(params.year);
  usePageTitle(`${t('calendar.title')} ${year}`);
  const calendar = useQuery(calendarYearQuery(year));
  return (
    <>
      <h1>{t('calendar.heading', { year })}</h1>
      <p className="lz-lead">{t('calendar.lead')}</p>
      <nav className="lz-toolbar lz-no-print" aria-label={t('calendar.year')}>
        <Link to={`/calendar/${year - 1}`}>← {t('calendar.prev')}</Link>
        <Link to={`/calendar/${year + 1}`}>{t('calendar.next')} →</Link>
      </nav>
      {calendar.error && isNotFound(calendar.error) ? (
        <Alert type="warning" showIcon title={t('calendar.unknown', { year })} />
      ) : (
        <QueryState isPending={calendar.isPending} error={calendar.error} refetch={calendar.refetch}>
          {() => (
            <YearView
              year={year}
              holidays={calendar.data?.holidays ?? []}
              makeup={calendar.data?.makeupWorkdays ?? []}
            />
          )}
        </QueryState>
      )}
    </>
  );
}
