import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { TEXT_LIMITS } from '@lz/policy';
import { isNotFound } from '../api/http';
import { DEFAULT_PAGE_SIZE, downloadUrl } from '../api/list';
import { noticeQuery, type NoticeView } from '../api/notices';
import { NoticeFacts } from '../notices/NoticeFacts';
import {
  listNoticeObjections,
  noticeObjectionsQueryKey,
  resolveObjection,
  type ObjectionOutcome,
  type ObjectionView,
} from '../api/publicity';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages.zh-CN';
import { RequireSession } from '../session/session';
import { DataTable, Pager } from '../shared/DataTable';
import { Field } from '../shared/Field';
import { formatInstant } from '../shared/format';
import { usePageTitle } from '../shared/page-title';
import { usePageParam } from '../shared/paging';
import { problemMessages } from '../shared/problem-fields';
import { QueryState } from '../shared/QueryState';
import { StatusTag, type Tone } from '../shared/StatusTag';

const OUTCOMES: readonly ObjectionOutcome[] = ['UPHELD', 'DISMISSED'];
const STATUS_TONES: Record<ObjectionView['status'], Tone> = {
  PENDING: 'warning',
  UPHELD: 'danger',
  DISMISSED: 'neutral',
};
const FIELDS = ['outcome', 'reason'] as const;
type ResolveField = (typeof FIELDS)[number];

/** 处理异议: 成立 / 不成立 with the reason (public: the objector reads it by the receipt number). */
function ResolveForm({ objection, noticeId }: { objection: ObjectionView; noticeId: string }) {
  const { t, locale } = useI18n();
  const client = useQueryClient();
  const [outcome, setOutcome] = useState<ObjectionOutcome | ''>('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Partial<Record<ResolveField, string>>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const resolve = useMutation({
    mutationFn: (body: { outcome: ObjectionOutcome; reason: string }) => resolveObjection(objection.id, body),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: noticeObjectionsQueryKey(noticeId) });
      void client.invalidateQueries({ queryKey: noticeQuery(noticeId).queryKey });
      void client.invalidateQueries({ queryKey: ['count'] });
    },
    onError: (err) => {
      const m = problemMessages(err, FIELDS, locale, t('common.unavailable'));
      setErrors(m.fields);
      setGeneral(m.general);
    },
  });
  const id = `resolve-${objection.id}`;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (resolve.isPending) return;
    setGeneral([]);
    const next: Partial<Record<ResolveField, string>> = {};
    if (!outcome) next.outcome = t('objections.error.outcome');
    const text = reason.trim();
    if (!text) next.reason = t('validation.required', { label: t('objections.reason') });
    else if (text.length > TEXT_LIMITS.medium)
      next.reason = t('validation.tooLong', { label: t('objections.reason'), max: TEXT_LIMITS.medium });
    setErrors(next);
    if (Object.keys(next).length > 0 || !outcome) return;
    resolve.mutate({ outcome, reason: text });
  };
  return (
    <form
      className="lz-section lz-no-print"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`${id}-heading`}
      data-testid={`resolve-${objection.receiptNo}`}
    >
      <h3 id={`${id}-heading`}>
        {t('objections.resolve', { receiptNo: objection.receiptNo, item: objection.itemName })}
      </h3>
      <fieldset className="lz-field" aria-describedby={errors.outcome ? `${id}-outcome-error` : undefined}>
        <legend className="lz-field-required">{t('objections.outcome')}</legend>
        {OUTCOMES.map((o) => (
          <label key={o} className="lz-radio">
            <input
              type="radio"
              name={`${id}-outcome`}
              value={o}
              checked={outcome === o}
              onChange={() => setOutcome(o)}
            />{' '}
            {t(`objections.outcome.${o}` as MessageKey)}
          </label>
        ))}
        {errors.outcome && (
          <div id={`${id}-outcome-error`} className="lz-field-error" role="alert">
            {errors.outcome}
          </div>
        )}
      </fieldset>
      <Field
        id={`${id}-reason`}
        label={t('objections.reason')}
        required
        error={errors.reason}
        help={t('objections.reason.help', { max: TEXT_LIMITS.medium })}
      >
        {(a11y) => (
          <textarea
            {...a11y}
            className="lz-input"
            rows={4}
            maxLength={TEXT_LIMITS.medium}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        )}
      </Field>
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} />}
      <Button type="primary" htmlType="submit" loading={resolve.isPending}>
        {t('objections.submit')}
      </Button>
    </form>
  );
}

function Objections({ notice }: { notice: NoticeView }) {
  const { t, locale } = useI18n();
  const [page, setPage] = usePageParam();
  const objections = useQuery({
    queryKey: noticeObjectionsQueryKey(notice.id, page),
    queryFn: () => listNoticeObjections(notice.id, page),
  });
  return (
    <section className="lz-section" aria-labelledby="objections-heading">
      <h2 id="objections-heading">{t('objections.heading')}</h2>
      <p className="lz-lead">{t('objections.privacy')}</p>
      <QueryState isPending={objections.isPending} error={objections.error} refetch={objections.refetch}>
        {() => {
          const rows = objections.data?.items ?? [];
          return (
            <>
              <DataTable<ObjectionView>
                caption={t('objections.heading')}
                wide
                rowKey={(o) => o.id}
                rows={rows}
                columns={[
                  { key: 'receipt', title: t('objections.col.receipt'), render: (o) => o.receiptNo },
                  { key: 'item', title: t('objections.col.item'), render: (o) => o.itemName },
                  { key: 'reason', title: t('objections.col.reason'), render: (o) => o.reason },
                  {
                    key: 'contact',
                    title: t('objections.col.contact'),
                    render: (o) => `${o.contact.name} ${o.contact.phone}`,
                  },
                  {
                    key: 'filedAt',
                    title: t('objections.col.filedAt'),
                    render: (o) => formatInstant(o.filedAt, locale),
                  },
                  {
                    key: 'status',
                    title: t('objections.col.status'),
                    render: (o) => (
                      <StatusTag tone={STATUS_TONES[o.status]}>
                        {t(`objections.status.${o.status}` as MessageKey)}
                      </StatusTag>
                    ),
                  },
                  {
                    key: 'resolution',
                    title: t('objections.col.resolution'),
                    render: (o) =>
                      o.resolution
                        ? t('objections.resolution', {
                            reason: o.resolution.reason,
                            time: formatInstant(o.resolution.resolvedAt, locale),
                          })
                        : '—',
                  },
                ]}
              />
              <Pager
                page={page}
                pageSize={DEFAULT_PAGE_SIZE}
                total={objections.data?.total}
                onChange={setPage}
              />
              {rows
                .filter((o) => o.status === 'PENDING')
                .map((o) => (
                  <ResolveForm key={o.id} objection={o} noticeId={notice.id} />
                ))}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

function NoticeWorkspace({ id }: { id: string }) {
  const { t } = useI18n();
  const notice = useQuery(noticeQuery(id));
  usePageTitle(notice.data?.title ?? t('publicity.title'), isNotFound(notice.error));
  return (
    <QueryState isPending={notice.isPending} error={notice.error} refetch={notice.refetch}>
      {() => {
        const n = notice.data as NoticeView;
        return (
          <>
            <p className="lz-no-print">
              <Link to="/workspace/publicity">{t('publicity.back')}</Link>
            </p>
            <div className="lz-title-row">
              <h1>{n.title}</h1>
              <div className="lz-no-print" style={{ display: 'flex', gap: 8 }}>
                <Button href={`/notices/${n.id}`}>{t('publicity.print')}</Button>
                <Button href={downloadUrl(`/api/v1/notices/${n.id}`, {}, 'pdf')} download>
                  {t('download.pdf')}
                </Button>
              </div>
            </div>
            <NoticeFacts notice={n} />
            <section className="lz-section" aria-labelledby="items-heading">
              <h2 id="items-heading">{t('notice.items')}</h2>
              <DataTable<NoticeView['items'][number]>
                caption={t('notice.items')}
                rowKey={(i) => i.applicationId}
                rows={n.items}
                columns={[
                  { key: 'name', title: t('notice.col.name'), render: (i) => i.name },
                  { key: 'lead', title: t('notice.col.lead'), render: (i) => i.leadName },
                  {
                    key: 'status',
                    title: t('notice.col.status'),
                    render: (i) => <StatusTag>{t(`item.status.${i.status}`)}</StatusTag>,
                  },
                  {
                    key: 'objections',
                    title: t('notice.col.objections'),
                    render: (i) => t('notice.objections.value', i.objections),
                  },
                ]}
              />
            </section>
            <Objections notice={n} />
          </>
        );
      }}
    </QueryState>
  );
}

/** One notice in the Bureau's workspace: its period, its items and their objections, resolved here. */
export function Component() {
  const { noticeId = '' } = useParams();
  return <RequireSession roles={['officer']}>{() => <NoticeWorkspace id={noticeId} />}</RequireSession>;
}
