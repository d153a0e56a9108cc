import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { CURRENT_POLICY_VERSION, getPolicy, TEXT_LIMITS } from '@lz/policy';
import { newIdempotencyKey } from '../api/http';
import { DEFAULT_PAGE_SIZE, downloadUrl } from '../api/list';
import { listNotices, type NoticeView } from '../api/notices';
import { candidatesQueryKey, listCandidates, publishNotice, type Candidate } from '../api/publicity';
import { beijingInstant } from '../calls/call-form';
import { useI18n } from '../i18n/i18n';
import { RequireSession } from '../session/session';
import { DataTable, Pager } from '../shared/DataTable';
import { Field } from '../shared/Field';
import { formatDate, formatDeadline, formatInstant } from '../shared/format';
import { jurisdictionName } from '../shared/jurisdiction';
import { usePageTitle } from '../shared/page-title';
import { usePageParam } from '../shared/paging';
import { problemMessages } from '../shared/problem-fields';
import { QueryState } from '../shared/QueryState';
import { StatusTag } from '../shared/StatusTag';
import { PeriodPreview } from './PeriodPreview';

const FIELDS = ['title', 'publishedAt', 'applicationIds'] as const;
type NoticeField = (typeof FIELDS)[number];

/** The server's `applicationIds[3]` names the item chooser as a whole. */
function itemPaths(err: unknown): unknown {
  const problem = (err as { problem?: { errors?: Array<{ path: string }> } }).problem;
  for (const e of problem?.errors ?? [])
    e.path = e.path.replace(/^(body\.)?applicationIds\[\d+\]$/, 'applicationIds');
  return err;
}

/**
 * 编制公示: choose among the items decided 拟备案 that are on no notice yet, see the period the
 * publicity service computes for it (the working-day rule, docs/SPEC.md §7), and publish.
 */
function Composer() {
  const { t, locale } = useI18n();
  const client = useQueryClient();
  const [page, setPage] = useState(1);
  const candidates = useQuery({
    queryKey: [...candidatesQueryKey, page],
    queryFn: () => listCandidates({ page, pageSize: DEFAULT_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const [chosen, setChosen] = useState<ReadonlyMap<string, string>>(new Map());
  const [title, setTitle] = useState('');
  const [publishedAt, setPublishedAt] = useState('');
  const [errors, setErrors] = useState<Partial<Record<NoticeField, string>>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [key, setKey] = useState(newIdempotencyKey);
  const [published, setPublished] = useState<NoticeView | null>(null);
  const publish = useMutation({
    mutationFn: (body: { title: string; applicationIds: string[]; publishedAt?: string }) =>
      publishNotice(body, key),
    onSuccess: (notice) => {
      setPublished(notice);
      setChosen(new Map());
      setTitle('');
      setPublishedAt('');
      setKey(newIdempotencyKey());
      void client.invalidateQueries({ queryKey: candidatesQueryKey });
      void client.invalidateQueries({ queryKey: ['officer-notices'] });
      void client.invalidateQueries({ queryKey: ['notices'] });
      void client.invalidateQueries({ queryKey: ['count'] });
    },
    onError: (err) => {
      const m = problemMessages(itemPaths(err), FIELDS, locale, t('common.unavailable'));
      setErrors(m.fields);
      setGeneral(m.general);
      setKey(newIdempotencyKey());
    },
  });
  const choose = (c: Candidate, on: boolean) =>
    setChosen((prev) => {
      const next = new Map(prev);
      if (on) next.set(c.applicationId, c.name);
      else next.delete(c.applicationId);
      return next;
    });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (publish.isPending) return;
    setGeneral([]);
    setPublished(null);
    const next: Partial<Record<NoticeField, string>> = {};
    const trimmed = title.trim();
    if (!trimmed) next.title = t('validation.required', { label: t('publicity.noticeTitle') });
    else if (trimmed.length > TEXT_LIMITS.short)
      next.title = t('validation.tooLong', { label: t('publicity.noticeTitle'), max: TEXT_LIMITS.short });
    if (chosen.size === 0) next.applicationIds = t('publicity.error.noItems');
    const at = publishedAt ? beijingInstant(publishedAt) : undefined;
    if (at && Number.isNaN(Date.parse(at))) next.publishedAt = t('publicity.error.publishedAt');
    else if (at && Date.parse(at) > Date.now()) next.publishedAt = t('publicity.error.future');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    publish.mutate({
      title: trimmed,
      applicationIds: [...chosen.keys()],
      ...(at ? { publishedAt: at } : {}),
    });
  };

  return (
    <form className="lz-section" onSubmit={onSubmit} noValidate aria-labelledby="compose-heading">
      <h2 id="compose-heading">{t('publicity.compose')}</h2>
      <p className="lz-lead">{t('publicity.compose.lead')}</p>
      <fieldset
        className="lz-field"
        aria-describedby={errors.applicationIds ? 'compose-items-error' : undefined}
      >
        <legend className="lz-field-required">{t('publicity.candidates')}</legend>
        <QueryState isPending={candidates.isPending} error={candidates.error} refetch={candidates.refetch}>
          {() => (
            <>
              <DataTable<Candidate>
                caption={t('publicity.candidates')}
                rowKey={(c) => c.applicationId}
                busy={candidates.isFetching}
                rows={candidates.data?.items}
                columns={[
                  {
                    key: 'choose',
                    title: t('publicity.col.choose'),
                    render: (c) => (
                      <input
                        type="checkbox"
                        className="lz-checkbox"
                        aria-label={t('publicity.chooseOne', { name: c.name })}
                        checked={chosen.has(c.applicationId)}
                        onChange={(e) => choose(c, e.target.checked)}
                      />
                    ),
                  },
                  {
                    key: 'name',
                    title: t('notice.col.name'),
                    render: (c) => <Link to={`/workspace/city-reviews/${c.applicationId}`}>{c.name}</Link>,
                  },
                  { key: 'field', title: t('notice.col.field'), render: (c) => c.field },
                  { key: 'lead', title: t('notice.col.lead'), render: (c) => c.leadName },
                  {
                    key: 'jurisdiction',
                    title: t('application.jurisdiction'),
                    render: (c) => jurisdictionName(c.jurisdictionCode, locale),
                  },
                  {
                    key: 'decidedAt',
                    title: t('publicity.col.decidedAt'),
                    render: (c) => formatInstant(c.decidedAt, locale),
                  },
                ]}
              />
              <Pager
                page={page}
                pageSize={DEFAULT_PAGE_SIZE}
                total={candidates.data?.total}
                onChange={setPage}
              />
            </>
          )}
        </QueryState>
        {errors.applicationIds && (
          <div id="compose-items-error" className="lz-field-error" role="alert">
            {errors.applicationIds}
          </div>
        )}
      </fieldset>
      <Field id="notice-title" label={t('publicity.noticeTitle')} required error={errors.title}>
        {(a11y) => (
          <input
            {...a11y}
            className="lz-input"
            maxLength={TEXT_LIMITS.short}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        )}
      </Field>
      <Field
        id="notice-published-at"
        label={t('publicity.publishedAt')}
        error={errors.publishedAt}
        help={t('publicity.publishedAt.help')}
      >
        {(a11y) => (
          <input
            {...a11y}
            type="datetime-local"
            className="lz-input"
            value={publishedAt}
            onChange={(e) => setPublishedAt(e.target.value)}
          />
        )}
      </Field>
      <PeriodPreview
        from={publishedAt ? beijingInstant(publishedAt) : null}
        workingDays={getPolicy(CURRENT_POLICY_VERSION).publicity.workingDays}
      />
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} />}
      {published && (
        <Alert
          type="success"
          showIcon
          role="status"
          title={t('publicity.published', { title: published.title })}
          description={
            <>
              {t('publicity.published.period', {
                endsAt: formatDeadline(published.endsAt, locale),
                last: formatDate(published.lastWorkingDay, locale),
              })}{' '}
              <Link
                to={`/workspace/publicity/notices/${published.id}`}
                style={{ textDecoration: 'underline' }}
              >
                {t('publicity.openNotice')}
              </Link>
            </>
          }
        />
      )}
      <Button type="primary" htmlType="submit" loading={publish.isPending}>
        {t('publicity.publish', { count: chosen.size })}
      </Button>
    </form>
  );
}

/** Every notice with what waits on it (pending objections), its workspace, public page and PDF. */
function Notices() {
  const { t, locale } = useI18n();
  const [page, setPage] = usePageParam();
  const notices = useQuery({
    queryKey: ['officer-notices', page],
    queryFn: () => listNotices({ page, pageSize: DEFAULT_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  return (
    <section className="lz-section" aria-labelledby="notices-heading">
      <h2 id="notices-heading">{t('publicity.notices')}</h2>
      <QueryState isPending={notices.isPending} error={notices.error} refetch={notices.refetch}>
        {() => (
          <>
            <DataTable<NoticeView>
              caption={t('publicity.notices')}
              rowKey={(n) => n.id}
              busy={notices.isFetching}
              rows={notices.data?.items}
              columns={[
                {
                  key: 'title',
                  title: t('notices.col.title'),
                  render: (n) => <Link to={`/workspace/publicity/notices/${n.id}`}>{n.title}</Link>,
                },
                {
                  key: 'publishedAt',
                  title: t('notices.col.publishedAt'),
                  render: (n) => formatInstant(n.publishedAt, locale),
                },
                {
                  key: 'endsAt',
                  title: t('notices.col.endsAt'),
                  render: (n) => formatDeadline(n.endsAt, locale),
                },
                {
                  key: 'status',
                  title: t('notices.col.status'),
                  render: (n) => (
                    <StatusTag tone={n.status === 'OPEN' ? 'info' : 'neutral'}>
                      {t(`notices.status.${n.status}`)}
                    </StatusTag>
                  ),
                },
                { key: 'items', title: t('notices.col.items'), render: (n) => n.items.length },
                {
                  key: 'pending',
                  title: t('publicity.col.pendingObjections'),
                  render: (n) => n.items.reduce((sum, i) => sum + i.objections.pending, 0),
                },
                {
                  key: 'print',
                  title: t('publicity.col.print'),
                  noPrint: true,
                  render: (n) => (
                    <>
                      <Link
                        to={`/notices/${n.id}`}
                        aria-label={t('publicity.publicPageOf', { title: n.title })}
                      >
                        {t('publicity.publicPage')}
                      </Link>
                      {' · '}
                      <a href={downloadUrl(`/api/v1/notices/${n.id}`, {}, 'pdf')} download>
                        {t('publicity.pdf')}
                      </a>
                    </>
                  ),
                },
              ]}
            />
            <Pager page={page} pageSize={DEFAULT_PAGE_SIZE} total={notices.data?.total} onChange={setPage} />
          </>
        )}
      </QueryState>
    </section>
  );
}

function Publicity() {
  const { t } = useI18n();
  usePageTitle(t('publicity.title'));
  return (
    <>
      <h1>{t('publicity.heading')}</h1>
      <p className="lz-lead">{t('publicity.lead')}</p>
      <Composer />
      <Notices />
    </>
  );
}

/** 公示 (docs/SPEC.md §3.5), the Bureau's side: compose and publish notices, follow them. */
export function Component() {
  return <RequireSession roles={['officer']}>{() => <Publicity />}</RequireSession>;
}
