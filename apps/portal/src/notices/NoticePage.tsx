import { Button } from 'antd';
import { Link, useParams } from 'react-router';
import { isNotFound } from '../api/http';
import { downloadUrl } from '../api/list';
import type { NoticeItemView, NoticeView } from '../api/notices';
import { StatusTag, type Tone } from '../shared/StatusTag';
import { useI18n } from '../i18n/i18n';
import { DataTable } from '../shared/DataTable';
import { usePageTitle } from '../shared/page-title';
import { QueryState } from '../shared/QueryState';
import { NoticeFacts } from './NoticeFacts';
import { useNotice } from './use-notice';

const ITEM_TONES: Record<NoticeItemView['status'], Tone> = {
  IN_PUBLICITY: 'info',
  AWAITING_RESOLUTION: 'warning',
  CLEARED: 'success',
  CONTESTED: 'danger',
};

function NoticeBody({ notice }: { notice: NoticeView }) {
  const { t, locale } = useI18n();
  const zh = locale === 'zh-CN';
  return (
    <article aria-labelledby="notice-title">
      <div className="lz-title-row">
        <h1 id="notice-title">{notice.title}</h1>
        <div className="lz-no-print" style={{ display: 'flex', gap: 8 }}>
          <Button onClick={() => window.print()}>{t('common.print')}</Button>
          <Button href={downloadUrl(`/api/v1/notices/${notice.id}`, {}, 'pdf')} download>
            {t('download.pdf')}
          </Button>
        </div>
      </div>
      <NoticeFacts notice={notice} />
      <section className="lz-section" aria-labelledby="notice-items">
        <h2 id="notice-items">{t('notice.items')}</h2>
        <DataTable<NoticeItemView>
          caption={t('notice.items')}
          rowKey={(item) => item.applicationId}
          rows={notice.items}
          columns={[
            { key: 'name', title: t('notice.col.name'), render: (item) => item.name },
            { key: 'field', title: t('notice.col.field'), render: (item) => item.field },
            { key: 'lead', title: t('notice.col.lead'), render: (item) => item.leadName },
            { key: 'uscc', title: t('notice.col.uscc'), render: (item) => item.leadUscc },
            {
              key: 'status',
              title: t('notice.col.status'),
              render: (item) => (
                <StatusTag tone={ITEM_TONES[item.status]}>{t(`item.status.${item.status}`)}</StatusTag>
              ),
            },
            {
              key: 'objections',
              title: t('notice.col.objections'),
              render: (item) => (
                <span title={t('notice.objections.value', item.objections)}>
                  {item.objections.pending + item.objections.upheld + item.objections.dismissed}
                </span>
              ),
            },
            ...(notice.acceptingObjections
              ? [
                  {
                    key: 'actions',
                    title: t('notice.col.actions'),
                    noPrint: true,
                    render: (item: NoticeItemView) => (
                      <Link
                        to={`/notices/${notice.id}/objection?item=${encodeURIComponent(item.applicationId)}`}
                        aria-label={t('notice.objectFor', { name: item.name })}
                      >
                        {t('notice.objectButton')}
                      </Link>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </section>
      <section className="lz-section" aria-labelledby="notice-how">
        <h2 id="notice-how">{t('notice.howToObject')}</h2>
        <p>
          {notice.acceptingObjections
            ? zh
              ? notice.howToObject.textZh
              : notice.howToObject.text
            : t('notice.closedForObjections')}
        </p>
      </section>
    </article>
  );
}

/** One public notice (公示): printable (print stylesheet in app.css). */
export function Component() {
  const { noticeId = '' } = useParams();
  const { t } = useI18n();
  const notice = useNotice(noticeId);
  usePageTitle(notice.data?.title ?? t('notice.title'), isNotFound(notice.error));
  return (
    <QueryState isPending={notice.isPending} error={notice.error} refetch={notice.refetch}>
      {() => <NoticeBody notice={notice.data as NoticeView} />}
    </QueryState>
  );
}
