import { Alert, Descriptions } from 'antd';
import type { NoticeView } from '../api/notices';
import { useI18n } from '../i18n/i18n';
import { formatDate, formatDeadline, formatInstant } from '../shared/format';
import { StatusTag } from '../shared/StatusTag';

/**
 * A notice's period as it is printed: status, working days, publication, end instant, last working
 * day and the counting rule (the public notice page and the officer's notice page show the same).
 */
export function NoticeFacts({ notice }: { notice: NoticeView }) {
  const { t, locale } = useI18n();
  const zh = locale === 'zh-CN';
  return (
    <section className="lz-section" aria-label={t('notice.title')}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'status',
            label: t('notices.col.status'),
            children: (
              <StatusTag tone={notice.status === 'OPEN' ? 'info' : 'neutral'}>
                {t(`notices.status.${notice.status}`)}
              </StatusTag>
            ),
          },
          {
            key: 'days',
            label: t('notice.workingDays'),
            children: t('notice.workingDaysValue', { days: notice.workingDays }),
          },
          {
            key: 'published',
            label: t('notice.publishedAt'),
            children: t('common.instant', { time: formatInstant(notice.publishedAt, locale) }),
          },
          {
            key: 'ends',
            label: t('notice.endsAt'),
            children: t('common.instant', { time: formatDeadline(notice.endsAt, locale) }),
          },
          {
            key: 'last',
            label: t('notice.lastWorkingDay'),
            children: formatDate(notice.lastWorkingDay, locale),
          },
          {
            key: 'rule',
            label: t('notice.countingRule'),
            span: 'filled',
            children: zh ? notice.period.textZh : notice.period.text,
          },
        ]}
      />
      {notice.provisional && (
        <Alert
          type="warning"
          showIcon
          title={t('notice.provisional', { years: notice.unknownYears.join('、') })}
        />
      )}
    </section>
  );
}
