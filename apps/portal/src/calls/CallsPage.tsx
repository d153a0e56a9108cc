import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { closeCallSchema, CURRENT_POLICY_VERSION, policyVersions, TEXT_LIMITS } from '@lz/policy';
import { closeCall, listCalls, publishCall, type CallStatus, type CallView } from '../api/calls';
import { newIdempotencyKey } from '../api/http';
import { DEFAULT_PAGE_SIZE } from '../api/list';
import { useI18n } from '../i18n/i18n';
import { RequireSession } from '../session/session';
import { DataTable, Pager } from '../shared/DataTable';
import { Field } from '../shared/Field';
import { FilterSelect } from '../shared/FilterSelect';
import { formatInstant } from '../shared/format';
import { usePageTitle } from '../shared/page-title';
import { pageParam, useFilterParams, usePageParam } from '../shared/paging';
import { problemMessages } from '../shared/problem-fields';
import { ReasonForm } from '../shared/ReasonForm';
import { QueryState } from '../shared/QueryState';
import { StatusTag, type Tone } from '../shared/StatusTag';
import { CALL_FIELDS, callStatus, checkCallDraft, type CallDraft, type CallField } from './call-form';

const STATUSES: CallStatus[] = ['OPEN', 'UPCOMING', 'CLOSED'];
const TONES: Record<CallStatus, Tone> = { OPEN: 'success', UPCOMING: 'info', CLOSED: 'neutral' };

const EMPTY: CallDraft = {
  year: String(new Date().getFullYear() + 1),
  title: '',
  opensAt: '',
  closesAt: '',
  policyVersion: CURRENT_POLICY_VERSION,
  justification: '',
};

function PublishForm() {
  const { t, locale } = useI18n();
  const client = useQueryClient();
  const [draft, setDraft] = useState<CallDraft>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<CallField, string>>>({});
  const [general, setGeneral] = useState<string[]>([]);
  // One key per attempt: a double click, or a retry after a lost answer, publishes one call.
  const [key, setKey] = useState(newIdempotencyKey);
  const mutation = useMutation({
    mutationFn: (body: Parameters<typeof publishCall>[0]) => publishCall(body, key),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['calls'] });
      void client.invalidateQueries({ queryKey: ['officer', 'calls'] });
      setDraft(EMPTY);
      setKey(newIdempotencyKey());
    },
    onError: (err) => {
      const m = problemMessages(err, CALL_FIELDS, locale, t('common.unavailable'));
      setErrors(m.fields);
      setGeneral(m.general);
      setKey(newIdempotencyKey());
    },
  });
  const set = (field: CallField) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [field]: e.target.value }));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (mutation.isPending) return;
    setGeneral([]);
    mutation.reset();
    // The rules intake applies (libs/policy), checked before sending.
    const checked = checkCallDraft(draft, t);
    if (checked.errors) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    mutation.mutate(checked.body);
  };

  return (
    <form className="lz-section" onSubmit={onSubmit} noValidate aria-labelledby="publish-heading">
      <h2 id="publish-heading">{t('calls.publish')}</h2>
      {mutation.data && (
        <Alert type="success" showIcon title={t('calls.published', { title: mutation.data.title })} />
      )}
      <Field id="call-year" label={t('calls.field.year')} required error={errors.year}>
        {(a11y) => (
          <input
            {...a11y}
            className="lz-input"
            inputMode="numeric"
            style={{ width: 120 }}
            value={draft.year}
            onChange={set('year')}
          />
        )}
      </Field>
      <Field id="call-title" label={t('calls.field.title')} required error={errors.title}>
        {(a11y) => (
          <input
            {...a11y}
            className="lz-input"
            maxLength={TEXT_LIMITS.short}
            value={draft.title}
            onChange={set('title')}
          />
        )}
      </Field>
      <Field
        id="call-opens"
        label={t('calls.field.opensAt')}
        required
        error={errors.opensAt}
        help={t('calls.field.window.help')}
      >
        {(a11y) => (
          <input
            {...a11y}
            className="lz-input"
            type="datetime-local"
            style={{ width: 280 }}
            value={draft.opensAt}
            onChange={set('opensAt')}
          />
        )}
      </Field>
      <Field id="call-closes" label={t('calls.field.closesAt')} required error={errors.closesAt}>
        {(a11y) => (
          <input
            {...a11y}
            className="lz-input"
            type="datetime-local"
            style={{ width: 280 }}
            value={draft.closesAt}
            onChange={set('closesAt')}
          />
        )}
      </Field>
      <Field id="call-policy" label={t('calls.field.policyVersion')} required error={errors.policyVersion}>
        {(a11y) => (
          <select {...a11y} className="lz-select" value={draft.policyVersion} onChange={set('policyVersion')}>
            {policyVersions.map((p) => (
              <option key={p.version} value={p.version}>
                {p.version}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="call-justification"
        label={t('calls.field.justification')}
        error={errors.justification}
        help={t('calls.field.justification.help')}
      >
        {(a11y) => (
          <textarea
            {...a11y}
            className="lz-input"
            rows={3}
            maxLength={TEXT_LIMITS.long}
            value={draft.justification}
            onChange={set('justification')}
          />
        )}
      </Field>
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} />}
      <Button type="primary" htmlType="submit" loading={mutation.isPending}>
        {t('calls.publish.submit')}
      </Button>
    </form>
  );
}

function CloseForm({ target, onDone }: { target: CallView; onDone: (closed: CallView | null) => void }) {
  const { t } = useI18n();
  return (
    <ReasonForm
      id="close"
      heading={t('calls.close.heading', { title: target.title })}
      label={t('calls.close.reason')}
      help={t('calls.close.reason.help', { max: TEXT_LIMITS.medium })}
      maxLength={TEXT_LIMITS.medium}
      submitLabel={t('calls.close.submit')}
      schema={closeCallSchema}
      submit={(body, key) => closeCall(target.id, body, key)}
      invalidates={['calls']}
      onDone={onDone}
    />
  );
}

function Calls() {
  const { t, locale } = useI18n();
  const [params, setFilters] = useFilterParams();
  const [page, setPage] = usePageParam();
  const status = params.get('status');
  const query = {
    page: pageParam(params),
    pageSize: DEFAULT_PAGE_SIZE,
    status: (STATUSES as Array<string | null>).includes(status) ? (status as CallStatus) : undefined,
  };
  const calls = useQuery({
    queryKey: ['calls', query],
    queryFn: () => listCalls(query),
    placeholderData: keepPreviousData,
  });
  const [closing, setClosing] = useState<CallView | null>(null);
  const [closed, setClosed] = useState<CallView | null>(null);
  return (
    <>
      <h1>{t('calls.heading')}</h1>
      <p className="lz-lead">{t('calls.lead')}</p>
      <div className="lz-toolbar lz-no-print">
        <FilterSelect
          label={t('calls.status')}
          value={query.status}
          options={STATUSES}
          optionLabel={(s) => `calls.status.${s}`}
          onChange={(status) => setFilters({ status })}
        />
      </div>
      {closed && (
        <Alert
          className="lz-section"
          type="success"
          showIcon
          role="status"
          title={t('calls.closed', { title: closed.title })}
        />
      )}
      <QueryState isPending={calls.isPending} error={calls.error} refetch={calls.refetch}>
        {() => (
          <>
            <DataTable<CallView>
              caption={t('calls.heading')}
              rowKey={(c) => c.id}
              busy={calls.isFetching}
              rows={calls.data?.items}
              columns={[
                { key: 'title', title: t('calls.col.title'), render: (c) => c.title },
                { key: 'year', title: t('calls.col.year'), render: (c) => c.year },
                {
                  key: 'window',
                  title: t('calls.col.window'),
                  render: (c) => (
                    <>
                      {formatInstant(c.opensAt, locale)} –<br />
                      {formatInstant(c.closesAt, locale)}
                    </>
                  ),
                },
                { key: 'policy', title: t('calls.col.policyVersion'), render: (c) => c.policyVersion },
                {
                  key: 'status',
                  title: t('calls.status'),
                  render: (c) => {
                    const s = callStatus(c);
                    return <StatusTag tone={TONES[s]}>{t(`calls.status.${s}`)}</StatusTag>;
                  },
                },
                {
                  key: 'actions',
                  title: t('calls.col.actions'),
                  noPrint: true,
                  render: (c) => (
                    <span className="lz-actions">
                      <Link to={`/workspace/calls/${c.id}/overview`}>{t('calls.overview')}</Link>
                      {c.open && (
                        <Button
                          size="small"
                          danger
                          onClick={() => {
                            setClosed(null);
                            setClosing(c);
                          }}
                        >
                          {t('calls.close')}
                        </Button>
                      )}
                    </span>
                  ),
                },
              ]}
            />
            <Pager page={page} pageSize={DEFAULT_PAGE_SIZE} total={calls.data?.total} onChange={setPage} />
          </>
        )}
      </QueryState>
      {closing && (
        <CloseForm
          key={closing.id}
          target={closing}
          onDone={(c) => {
            setClosing(null);
            setClosed(c);
          }}
        />
      )}
      <PublishForm />
    </>
  );
}

/** 申报通知: the Bureau's calls — publish, follow, close early (docs/SPEC.md 3.1). */
export function Component() {
  const { t } = useI18n();
  usePageTitle(t('calls.title'));
  return <RequireSession roles={['officer']}>{() => <Calls />}</RequireSession>;
}
