import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { listCityReviews, type CityReviewListItem } from '../api/city-review';
import { approveFiling } from '../api/filing';
import { DEFAULT_PAGE_SIZE } from '../api/list';
import { listRegistry, type ConsortiumView } from '../api/registry';
import { useI18n } from '../i18n/i18n';
import { RequireSession } from '../session/session';
import { BatchKeys, runBatch } from '../shared/batch';
import { DataTable, Pager } from '../shared/DataTable';
import { formatDate } from '../shared/format';
import { jurisdictionName } from '../shared/jurisdiction';
import { usePageTitle } from '../shared/page-title';
import { usePageParam } from '../shared/paging';
import { problemMessages } from '../shared/problem-fields';
import { QueryState } from '../shared/QueryState';
import { StatusTag } from '../shared/StatusTag';

/** One item of the last approval: its filing number, or why it was refused. */
interface Filed {
  applicationId: string;
  name: string;
  consortium: ConsortiumView | null;
  message: string;
}

/**
 * 待备案: the cleared items (CLEARED — the notice ended and no objection on them is pending or
 * upheld, docs/SPEC.md 3.5), approved several at once — one `POST /filings/:id/approve` each, its own
 * Idempotency-Key, a refusal shown beside its item while the others are filed.
 */
function Cleared({ onFiled }: { onFiled: (filed: Filed[]) => void }) {
  const { t, locale } = useI18n();
  const client = useQueryClient();
  const [page, setPage] = usePageParam();
  const query = { page, pageSize: DEFAULT_PAGE_SIZE, status: 'CLEARED' as const };
  const cleared = useQuery({
    queryKey: ['city-reviews', query],
    queryFn: () => listCityReviews(query),
    placeholderData: keepPreviousData,
  });
  const [ticked, setTicked] = useState<ReadonlyMap<string, string>>(new Map());
  const [refused, setRefused] = useState<ReadonlyMap<string, string>>(new Map());
  const [general, setGeneral] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const keys = useRef(new BatchKeys());
  const tick = (c: CityReviewListItem, on: boolean) =>
    setTicked((prev) => {
      const next = new Map(prev);
      if (on) next.set(c.applicationId, c.name);
      else next.delete(c.applicationId);
      return next;
    });

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    if (ticked.size === 0) {
      setGeneral([t('filing.error.none')]);
      return;
    }
    setGeneral([]);
    setPending(true);
    const chosen = [...ticked];
    const outcomes = await runBatch(
      chosen.map(([id]) => id),
      (id) => approveFiling(id, keys.current.of(id)),
    );
    const filed: Filed[] = chosen.map(([applicationId, name]) => {
      const o = outcomes.get(applicationId);
      if (o?.ok) return { applicationId, name, consortium: o.value, message: o.value.filingNumber };
      keys.current.renew(applicationId);
      return {
        applicationId,
        name,
        consortium: null,
        message: problemMessages(o?.error, [], locale, t('common.unavailable')).general.join('；'),
      };
    });
    setPending(false);
    setRefused(new Map(filed.filter((f) => !f.consortium).map((f) => [f.applicationId, f.message])));
    setTicked(new Map(filed.filter((f) => !f.consortium).map((f) => [f.applicationId, f.name])));
    onFiled(filed);
    void client.invalidateQueries({ queryKey: ['city-reviews'] });
    void client.invalidateQueries({ queryKey: ['registry'] });
    void client.invalidateQueries({ queryKey: ['count'] });
  };

  return (
    <form className="lz-section" onSubmit={onSubmit} noValidate aria-labelledby="cleared-heading">
      <h2 id="cleared-heading">{t('filing.cleared')}</h2>
      <p className="lz-lead">{t('filing.cleared.lead')}</p>
      <QueryState isPending={cleared.isPending} error={cleared.error} refetch={cleared.refetch}>
        {() => (
          <>
            <DataTable<CityReviewListItem>
              caption={t('filing.cleared')}
              rowKey={(c) => c.applicationId}
              busy={cleared.isFetching}
              rows={cleared.data?.items}
              columns={[
                {
                  key: 'choose',
                  title: t('filing.col.choose'),
                  render: (c) => (
                    <input
                      type="checkbox"
                      className="lz-checkbox"
                      aria-label={t('filing.chooseOne', { name: c.name })}
                      checked={ticked.has(c.applicationId)}
                      onChange={(e) => tick(c, e.target.checked)}
                    />
                  ),
                },
                {
                  key: 'name',
                  title: t('applications.col.name'),
                  render: (c) => <Link to={`/workspace/city-reviews/${c.applicationId}`}>{c.name}</Link>,
                },
                { key: 'lead', title: t('application.lead'), render: (c) => c.leadName },
                { key: 'field', title: t('applications.col.field'), render: (c) => c.field },
                {
                  key: 'jurisdiction',
                  title: t('application.jurisdiction'),
                  render: (c) => jurisdictionName(c.jurisdictionCode, locale),
                },
                {
                  key: 'refused',
                  title: t('filing.col.outcome'),
                  render: (c) =>
                    refused.has(c.applicationId) ? (
                      <span className="lz-field-error">{refused.get(c.applicationId)}</span>
                    ) : (
                      '—'
                    ),
                },
              ]}
            />
            <Pager page={page} pageSize={DEFAULT_PAGE_SIZE} total={cleared.data?.total} onChange={setPage} />
          </>
        )}
      </QueryState>
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} />}
      <Button type="primary" htmlType="submit" loading={pending}>
        {t('filing.approve', { count: ticked.size })}
      </Button>
    </form>
  );
}

/** The filing numbers the last approval issued (kept after the list has moved on). */
function Issued({ filed }: { filed: readonly Filed[] }) {
  const { t } = useI18n();
  if (filed.length === 0) return null;
  return (
    <section className="lz-section" aria-labelledby="issued-heading" data-testid="filing-results">
      <h2 id="issued-heading">{t('filing.issued')}</h2>
      <p role="status">
        {t('filing.summary', {
          done: filed.filter((f) => f.consortium).length,
          failed: filed.filter((f) => !f.consortium).length,
        })}
      </p>
      <DataTable<Filed>
        caption={t('filing.issued')}
        rowKey={(f) => f.applicationId}
        rows={filed}
        columns={[
          { key: 'name', title: t('applications.col.name'), render: (f) => f.name },
          {
            key: 'number',
            title: t('registry.col.filingNumber'),
            render: (f) =>
              f.consortium ? (
                <StatusTag tone="success">{f.consortium.filingNumber}</StatusTag>
              ) : (
                <span className="lz-field-error">{f.message}</span>
              ),
          },
        ]}
      />
    </section>
  );
}

/** The latest entries of the 组建名单, with the way to the whole list. */
function Latest() {
  const { t, locale } = useI18n();
  const latest = useQuery({
    queryKey: ['registry', 'latest'],
    queryFn: () => listRegistry({ sort: '-filedAt', pageSize: 10 }),
  });
  return (
    <section className="lz-section" aria-labelledby="latest-heading">
      <h2 id="latest-heading">{t('filing.latest')}</h2>
      <QueryState isPending={latest.isPending} error={latest.error} refetch={latest.refetch}>
        {() => (
          <DataTable<ConsortiumView>
            caption={t('filing.latest')}
            rowKey={(c) => c.id}
            rows={latest.data?.items}
            columns={[
              { key: 'number', title: t('registry.col.filingNumber'), render: (c) => c.filingNumber },
              { key: 'name', title: t('registry.col.name'), render: (c) => c.name },
              { key: 'lead', title: t('registry.col.lead'), render: (c) => c.lead.name },
              {
                key: 'filedOn',
                title: t('registry.col.filedOn'),
                render: (c) => formatDate(c.filedOn, locale),
              },
            ]}
          />
        )}
      </QueryState>
      <p>
        <Link to="/registry">{t('filing.toRegistry')}</Link>
      </p>
    </section>
  );
}

function Filing() {
  const { t } = useI18n();
  usePageTitle(t('filing.title'));
  const [filed, setFiled] = useState<Filed[]>([]);
  return (
    <>
      <h1>{t('filing.heading')}</h1>
      <p className="lz-lead">{t('filing.lead')}</p>
      <Cleared onFiled={setFiled} />
      <Issued filed={filed} />
      <Latest />
    </>
  );
}

/** 审批备案 (docs/SPEC.md 3.6): the Bureau approves the cleared items; the registry lists them. */
export function Component() {
  return <RequireSession roles={['officer']}>{() => <Filing />}</RequireSession>;
}
