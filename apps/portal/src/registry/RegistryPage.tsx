import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Input, Select, Table, Tag } from 'antd';
import { useSearchParams } from 'react-router';
import { DEFAULT_PAGE_SIZE } from '../api/list';
import {
  listRegistry,
  type ConsortiumStatus,
  type ConsortiumView,
  type RegistryQuery,
} from '../api/registry';
import { useI18n } from '../i18n/i18n';
import { formatDate } from '../shared/format';
import { jurisdictionName, jurisdictionOptions } from '../shared/jurisdiction';
import { usePageTitle } from '../shared/page-title';
import { pageParam } from '../shared/paging';
import { QueryState } from '../shared/QueryState';

const STATUSES: ConsortiumStatus[] = ['ACTIVE', 'DELISTED'];

/** The query of the page from its URL (so a search can be bookmarked and shared). */
function queryOf(params: URLSearchParams): RegistryQuery {
  const status = params.get('status');
  return {
    page: pageParam(params),
    pageSize: DEFAULT_PAGE_SIZE,
    q: params.get('q') ?? undefined,
    field: params.get('field') ?? undefined,
    jurisdictionCode: params.get('jurisdictionCode') ?? undefined,
    status: STATUSES.includes(status as ConsortiumStatus) ? (status as ConsortiumStatus) : undefined,
  };
}

/** 组建名单: the filed consortia, searchable and filtered by field, jurisdiction and status. */
export function Component() {
  const { t, locale } = useI18n();
  usePageTitle(t('registry.title'));
  const [params, setParams] = useSearchParams();
  const query = queryOf(params);
  const registry = useQuery({
    queryKey: ['registry', query],
    queryFn: () => listRegistry(query),
    placeholderData: keepPreviousData,
  });
  /** Changes one filter and goes back to the first page. */
  const setFilter = (name: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    next.delete('page');
    setParams(next);
  };
  return (
    <>
      <h1>{t('registry.heading')}</h1>
      <p className="lz-lead">{t('registry.lead')}</p>
      <div role="search" className="lz-toolbar" aria-label={t('common.search')}>
        <Input.Search
          aria-label={t('registry.search')}
          placeholder={t('registry.search')}
          defaultValue={query.q}
          allowClear
          enterButton={t('common.search')}
          onSearch={(v) => setFilter('q', v.trim() || undefined)}
          style={{ width: 360 }}
        />
        <Input
          aria-label={t('registry.filter.field')}
          placeholder={t('registry.filter.field')}
          defaultValue={query.field}
          allowClear
          onPressEnter={(e) => setFilter('field', e.currentTarget.value.trim() || undefined)}
          onBlur={(e) => setFilter('field', e.currentTarget.value.trim() || undefined)}
          style={{ width: 180 }}
        />
        <Select
          aria-label={t('registry.filter.jurisdiction')}
          placeholder={t('registry.filter.jurisdiction')}
          value={query.jurisdictionCode}
          allowClear
          options={jurisdictionOptions(locale)}
          onChange={(v?: string) => setFilter('jurisdictionCode', v)}
          style={{ width: 220 }}
        />
        <Select
          aria-label={t('registry.filter.status')}
          placeholder={t('registry.filter.status')}
          value={query.status}
          allowClear
          options={STATUSES.map((s) => ({ value: s, label: t(`registry.status.${s}`) }))}
          onChange={(v?: string) => setFilter('status', v)}
          style={{ width: 140 }}
        />
      </div>
      <QueryState isPending={registry.isPending} error={registry.error} refetch={registry.refetch}>
        {() => (
          <Table<ConsortiumView>
            rowKey="id"
            loading={registry.isFetching}
            dataSource={registry.data?.items}
            locale={{ emptyText: t('common.empty') }}
            scroll={{ x: 'max-content' }}
            pagination={{
              current: query.page,
              pageSize: DEFAULT_PAGE_SIZE,
              total: registry.data?.total,
              showSizeChanger: false,
              showTotal: (total) => t('common.total', { total }),
              onChange: (page) => {
                const next = new URLSearchParams(params);
                next.set('page', String(page));
                setParams(next);
              },
            }}
            columns={[
              { key: 'filingNumber', title: t('registry.col.filingNumber'), dataIndex: 'filingNumber' },
              { key: 'name', title: t('registry.col.name'), dataIndex: 'name' },
              { key: 'field', title: t('registry.col.field'), dataIndex: 'field' },
              { key: 'lead', title: t('registry.col.lead'), render: (_, c) => c.lead.name },
              {
                key: 'jurisdiction',
                title: t('registry.col.jurisdiction'),
                render: (_, c) => jurisdictionName(c.jurisdictionCode, locale),
              },
              { key: 'members', title: t('registry.col.members'), render: (_, c) => c.members.length },
              {
                key: 'filedOn',
                title: t('registry.col.filedOn'),
                render: (_, c) => formatDate(c.filedOn, locale),
              },
              {
                key: 'status',
                title: t('registry.col.status'),
                render: (_, c) => (
                  <Tag color={c.status === 'ACTIVE' ? 'green' : 'default'}>
                    {t(`registry.status.${c.status}`)}
                  </Tag>
                ),
              },
            ]}
          />
        )}
      </QueryState>
    </>
  );
}
