import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button } from 'antd';
import { DEFAULT_PAGE_SIZE } from '../api/list';
import { CONSORTIUM_STATUSES, registryQuery, registryQueryOf, type ConsortiumView } from '../api/registry';
import { StatusTag } from '../shared/StatusTag';
import { useI18n } from '../i18n/i18n';
import { DataTable, Pager } from '../shared/DataTable';
import { DownloadLinks } from '../shared/DownloadLinks';
import { FilterSelect } from '../shared/FilterSelect';
import { formatDate } from '../shared/format';
import { jurisdictionName, jurisdictionOptions } from '../shared/jurisdiction';
import { usePageTitle } from '../shared/page-title';
import { useFilterParams, usePageParam } from '../shared/paging';
import { QueryState } from '../shared/QueryState';

/** 组建名单: the filed consortia, searchable and filtered by field, jurisdiction and status. */
export function Component() {
  const { t, locale } = useI18n();
  usePageTitle(t('registry.title'));
  const [params, setFilters] = useFilterParams();
  const query = registryQueryOf(params);
  const [page, setPage] = usePageParam();
  const registry = useQuery({ ...registryQuery(query), placeholderData: keepPreviousData });
  return (
    <>
      <h1>{t('registry.heading')}</h1>
      <p className="lz-lead">{t('registry.lead')}</p>
      <form
        role="search"
        className="lz-toolbar"
        aria-label={t('common.search')}
        onSubmit={(e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          const text = (name: string) => String(form.get(name) ?? '').trim() || undefined;
          setFilters({ q: text('q'), field: text('field') });
        }}
      >
        <label>
          {t('registry.search')}
          <input className="lz-input" type="search" name="q" defaultValue={query.q} style={{ width: 320 }} />
        </label>
        <label>
          {t('registry.filter.field')}
          <input className="lz-input" name="field" defaultValue={query.field} style={{ width: 160 }} />
        </label>
        <label>
          {t('registry.filter.jurisdiction')}
          <select
            className="lz-select"
            value={query.jurisdictionCode ?? ''}
            onChange={(e) => setFilters({ jurisdictionCode: e.target.value || undefined })}
          >
            <option value="">{t('common.all')}</option>
            {jurisdictionOptions(locale).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <FilterSelect
          label={t('registry.filter.status')}
          value={query.status}
          options={CONSORTIUM_STATUSES}
          optionLabel={(s) => `registry.status.${s}`}
          onChange={(status) => setFilters({ status })}
        />
        <Button type="primary" htmlType="submit">
          {t('common.search')}
        </Button>
      </form>
      <DownloadLinks path="/api/v1/registry" query={query} formats={['xlsx', 'csv', 'pdf']} />
      <QueryState isPending={registry.isPending} error={registry.error} refetch={registry.refetch}>
        {() => (
          <>
            <DataTable<ConsortiumView>
              caption={t('registry.heading')}
              rowKey={(c) => c.id}
              busy={registry.isFetching}
              rows={registry.data?.items}
              columns={[
                { key: 'filingNumber', title: t('registry.col.filingNumber'), render: (c) => c.filingNumber },
                { key: 'name', title: t('registry.col.name'), render: (c) => c.name },
                { key: 'field', title: t('registry.col.field'), render: (c) => c.field },
                { key: 'lead', title: t('registry.col.lead'), render: (c) => c.lead.name },
                {
                  key: 'jurisdiction',
                  title: t('registry.col.jurisdiction'),
                  render: (c) => jurisdictionName(c.jurisdictionCode, locale),
                },
                { key: 'members', title: t('registry.col.members'), render: (c) => c.members.length },
                {
                  key: 'filedOn',
                  title: t('registry.col.filedOn'),
                  render: (c) => formatDate(c.filedOn, locale),
                },
                {
                  key: 'status',
                  title: t('registry.col.status'),
                  render: (c) => (
                    <StatusTag tone={c.status === 'ACTIVE' ? 'success' : 'neutral'}>
                      {t(`registry.status.${c.status}`)}
                    </StatusTag>
                  ),
                },
              ]}
            />
            <Pager page={page} pageSize={DEFAULT_PAGE_SIZE} total={registry.data?.total} onChange={setPage} />
          </>
        )}
      </QueryState>
    </>
  );
}
