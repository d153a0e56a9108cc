import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Progress } from 'antd';
import { useRef, useState, type FormEvent } from 'react';
import {
  EXPERT_LIMITS,
  EXPERT_STATUSES,
  expertBodySchema,
  issueToProblemError,
  retireExpertBodySchema,
  type ExpertStatus,
} from '@lz/policy';
import {
  EXPERTS_PATH,
  expertsQuery,
  grantExpertLogin,
  importExperts,
  registerExpert,
  retireExpert,
  updateExpert,
  type ExpertImportResult,
  type ExpertsQuery,
  type ExpertView,
} from '../api/experts';
import { ApiError, newIdempotencyKey, type ProblemError } from '../api/http';
import { DEFAULT_PAGE_SIZE } from '../api/list';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages.zh-CN';
import { RequireSession } from '../session/session';
import { DataTable, Pager } from '../shared/DataTable';
import { DownloadLinks } from '../shared/DownloadLinks';
import { Field } from '../shared/Field';
import { FilterSelect } from '../shared/FilterSelect';
import { usePageTitle } from '../shared/page-title';
import { pageParam, useFilterParams, usePageParam } from '../shared/paging';
import { problemMessages } from '../shared/problem-fields';
import { ReasonForm } from '../shared/ReasonForm';
import { QueryState } from '../shared/QueryState';
import { SearchForm } from '../shared/SearchForm';
import { StatusTag } from '../shared/StatusTag';

const FIELDS = ['name', 'orgName', 'orgUscc', 'fields', 'title', 'phone', 'email'] as const;
type FormField = (typeof FIELDS)[number];
type Draft = Record<FormField, string>;

const EMPTY: Draft = { name: '', orgName: '', orgUscc: '', fields: '', title: '', phone: '', email: '' };
const STATUS_LABELS: Record<ExpertStatus, MessageKey> = {
  ACTIVE: 'experts.status.ACTIVE',
  RETIRED: 'experts.status.RETIRED',
};

const draftOf = (e: ExpertView): Draft => ({
  name: e.name,
  orgName: e.orgName ?? '',
  orgUscc: e.orgUscc,
  fields: e.fields.join('、'),
  title: e.title ?? '',
  phone: e.phone ?? '',
  email: e.email ?? '',
});

/** `白酒酿造、食品工程` → the fields (as the import reads a cell). */
const splitFields = (text: string) => [
  ...new Set(
    text
      .split(/[、,，;；\n]+/)
      .map((f) => f.trim())
      .filter(Boolean),
  ),
];

/** 登记专家 / 修改专家信息: checked with the schema the review service applies. */
function ExpertForm({ editing, onDone }: { editing: ExpertView | null; onDone: () => void }) {
  const { t, locale } = useI18n();
  const client = useQueryClient();
  const [draft, setDraft] = useState<Draft>(editing ? draftOf(editing) : EMPTY);
  const [errors, setErrors] = useState<Partial<Record<FormField, string>>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [key, setKey] = useState(newIdempotencyKey);
  const mutation = useMutation({
    mutationFn: (body: Parameters<typeof registerExpert>[0]) =>
      editing ? updateExpert(editing.id, body) : registerExpert(body, key),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['experts'] });
      setKey(newIdempotencyKey());
      if (editing) onDone();
      else setDraft(EMPTY);
    },
    onError: (err) => {
      const m = problemMessages(err, FIELDS, locale, t('common.unavailable'));
      setErrors(m.fields);
      setGeneral(m.general);
      setKey(newIdempotencyKey());
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (mutation.isPending) return;
    setGeneral([]);
    mutation.reset();
    const checked = expertBodySchema.safeParse({
      name: draft.name,
      orgUscc: draft.orgUscc.trim().toUpperCase(),
      orgName: draft.orgName,
      fields: splitFields(draft.fields),
      title: draft.title,
      phone: draft.phone,
      email: draft.email,
    });
    if (!checked.success) {
      const found: Partial<Record<FormField, string>> = {};
      for (const issue of checked.error.issues) {
        const field = issue.path[0] as FormField;
        if (!FIELDS.includes(field) || found[field]) continue;
        const [p] = issueToProblemError(issue);
        found[field] = t('experts.invalid', {
          label: t(`experts.field.${field}`),
          detail: locale === 'zh-CN' ? p.messageZh : p.message,
        });
      }
      setErrors(found);
      return;
    }
    setErrors({});
    mutation.mutate(checked.data);
  };
  const input = (id: FormField, max: number, required = false, help?: string) => (
    <Field
      id={`expert-${id}`}
      label={t(`experts.field.${id}`)}
      required={required}
      error={errors[id]}
      help={help}
    >
      {(a11y) => (
        <input
          {...a11y}
          className="lz-input"
          maxLength={max}
          value={draft[id]}
          onChange={(e) => setDraft((d) => ({ ...d, [id]: e.target.value }))}
        />
      )}
    </Field>
  );
  const heading = editing ? t('experts.edit.heading', { name: editing.name }) : t('experts.add');
  return (
    <form className="lz-section" onSubmit={onSubmit} noValidate aria-labelledby="expert-form-heading">
      <h2 id="expert-form-heading">{heading}</h2>
      {!editing && mutation.data && (
        <Alert type="success" showIcon title={t('experts.added', { name: mutation.data.name })} />
      )}
      {input('name', EXPERT_LIMITS.name, true)}
      {input('orgName', EXPERT_LIMITS.orgName)}
      {input('orgUscc', 18, true, t('experts.field.orgUscc.help'))}
      {input('fields', 1000, true, t('experts.field.fields.help'))}
      {input('title', EXPERT_LIMITS.title)}
      {input('phone', 30)}
      {input('email', EXPERT_LIMITS.email)}
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} />}
      <div className="lz-toolbar">
        <Button type="primary" htmlType="submit" loading={mutation.isPending}>
          {editing ? t('experts.edit.submit') : t('experts.add.submit')}
        </Button>
        {editing && <Button onClick={onDone}>{t('calls.close.cancel')}</Button>}
      </div>
    </form>
  );
}

/** 退出专家库 with the reason. */
function RetireForm({ target, onDone }: { target: ExpertView; onDone: () => void }) {
  const { t } = useI18n();
  return (
    <ReasonForm
      id="expert-retire"
      heading={t('experts.retire.heading', { name: target.name })}
      lead={t('experts.retire.lead')}
      label={t('experts.retire.reason')}
      maxLength={EXPERT_LIMITS.retireReason}
      submitLabel={t('experts.retire.submit')}
      schema={retireExpertBodySchema}
      submit={(body, key) => retireExpert(target.id, body, key)}
      invalidates={['experts']}
      onDone={onDone}
    />
  );
}

/**
 * 关联登录账号: the account the expert signs in with (the issuer's user name) acts as this pool
 * entry — the panel's assignments, scoring and declining (gateway `POST /access/grants`).
 */
function LoginForm({ target, onDone }: { target: ExpertView; onDone: () => void }) {
  const { t, locale } = useI18n();
  const [subject, setSubject] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [general, setGeneral] = useState<string[]>([]);
  const mutation = useMutation({
    mutationFn: (login: string) => grantExpertLogin(target, login),
    onError: (err) => {
      const m = problemMessages(err, ['subject'] as const, locale, t('common.unavailable'));
      setError(m.fields.subject);
      setGeneral(m.general);
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (mutation.isPending) return;
    const login = subject.trim();
    if (!login) {
      setError(t('validation.required', { label: t('experts.login.subject') }));
      return;
    }
    setError(undefined);
    setGeneral([]);
    mutation.mutate(login);
  };
  return (
    <form className="lz-section" onSubmit={onSubmit} noValidate aria-labelledby="expert-login-heading">
      <h2 id="expert-login-heading">{t('experts.login.heading', { name: target.name })}</h2>
      <p>{t('experts.login.lead')}</p>
      {mutation.data && (
        <Alert
          type="success"
          showIcon
          title={t('experts.login.granted', { subject: mutation.data.subject, name: target.name })}
        />
      )}
      <Field
        id="expert-login-subject"
        label={t('experts.login.subject')}
        required
        error={error}
        help={t('experts.login.help')}
      >
        {(a11y) => (
          <input
            {...a11y}
            className="lz-input"
            maxLength={200}
            autoComplete="off"
            value={subject}
            onChange={(e) => setSubject(e.target.value)}
          />
        )}
      </Field>
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} />}
      <div className="lz-toolbar">
        <Button type="primary" htmlType="submit" loading={mutation.isPending}>
          {t('experts.login.submit')}
        </Button>
        <Button onClick={onDone}>{t('calls.close.cancel')}</Button>
      </div>
    </form>
  );
}

/** 从 Excel 导入: the export's layout; every row checked, nothing written when one is wrong. */
function ImportForm() {
  const { t, locale } = useI18n();
  const client = useQueryClient();
  const fileInput = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [rowErrors, setRowErrors] = useState<ProblemError[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [result, setResult] = useState<ExpertImportResult | null>(null);
  const mutation = useMutation({
    mutationFn: (file: File) => importExperts(file, setProgress),
    onSuccess: (r) => {
      setResult(r);
      void client.invalidateQueries({ queryKey: ['experts'] });
    },
    onError: (err) => {
      const errors = err instanceof ApiError ? (err.problem?.errors ?? []) : [];
      setRowErrors(errors);
      setGeneral(errors.length > 0 ? null : t('common.unavailable'));
    },
    onSettled: () => setProgress(null),
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (mutation.isPending) return;
    setResult(null);
    setRowErrors([]);
    setGeneral(null);
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setGeneral(t('experts.import.choose'));
      return;
    }
    mutation.mutate(file);
  };
  return (
    <form className="lz-section" onSubmit={onSubmit} noValidate aria-labelledby="expert-import-heading">
      <h2 id="expert-import-heading">{t('experts.import')}</h2>
      <p>{t('experts.import.lead')}</p>
      <Field id="expert-import-file" label={t('experts.import.file')} required>
        {(a11y) => (
          <input
            {...a11y}
            ref={fileInput}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          />
        )}
      </Field>
      {progress !== null && <Progress percent={Math.round(progress * 100)} size="small" />}
      {result && (
        <Alert
          type="success"
          showIcon
          title={t('experts.import.done', {
            created: result.created,
            updated: result.updated,
            unchanged: result.unchanged,
          })}
        />
      )}
      {general && <Alert type="error" showIcon title={general} />}
      {rowErrors.length > 0 && (
        <div className="lz-field-error" role="alert" data-testid="import-errors">
          <p>{t('experts.import.refused', { count: rowErrors.length })}</p>
          <ul>
            {rowErrors.map((e, i) => (
              <li key={i}>{locale === 'zh-CN' ? e.messageZh : e.message}</li>
            ))}
          </ul>
        </div>
      )}
      <Button type="primary" htmlType="submit" loading={mutation.isPending}>
        {t('experts.import.submit')}
      </Button>
    </form>
  );
}

function Pool() {
  const { t } = useI18n();
  const [params, setFilters] = useFilterParams();
  const [page, setPage] = usePageParam();
  const q = params.get('q') ?? undefined;
  const field = params.get('field') ?? undefined;
  const statusParam = params.get('status');
  const status = EXPERT_STATUSES.find((s) => s === statusParam);
  const query: ExpertsQuery = {
    page: pageParam(params),
    pageSize: DEFAULT_PAGE_SIZE,
    ...(q ? { q } : {}),
    ...(field ? { field } : {}),
    ...(status ? { status } : {}),
  };
  const experts = useQuery({ ...expertsQuery(query), placeholderData: keepPreviousData });
  const [editing, setEditing] = useState<ExpertView | null>(null);
  const [retiring, setRetiring] = useState<ExpertView | null>(null);
  const [linking, setLinking] = useState<ExpertView | null>(null);
  return (
    <>
      <h1>{t('experts.heading')}</h1>
      <p className="lz-lead">{t('experts.lead')}</p>
      <SearchForm label={t('experts.search')} q={q} onSearch={(text) => setFilters({ q: text })}>
        <label>
          {t('experts.field.fields')}
          <input
            className="lz-input"
            name="field"
            defaultValue={field}
            maxLength={100}
            style={{ width: 160 }}
            onBlur={(e) => setFilters({ field: e.target.value.trim() || undefined })}
          />
        </label>
        <FilterSelect
          label={t('experts.col.status')}
          value={status}
          options={EXPERT_STATUSES}
          optionLabel={(s) => STATUS_LABELS[s]}
          onChange={(s) => setFilters({ status: s })}
        />
      </SearchForm>
      <DownloadLinks path={EXPERTS_PATH} query={query} />
      <QueryState isPending={experts.isPending} error={experts.error} refetch={experts.refetch}>
        {() => (
          <>
            <DataTable<ExpertView>
              caption={t('experts.heading')}
              wide
              rowKey={(e) => e.id}
              busy={experts.isFetching}
              rows={experts.data?.items}
              columns={[
                { key: 'name', title: t('experts.field.name'), render: (e) => e.name },
                {
                  key: 'org',
                  title: t('experts.col.org'),
                  render: (e) => (e.orgName ? `${e.orgName}（${e.orgUscc}）` : e.orgUscc),
                },
                { key: 'fields', title: t('experts.field.fields'), render: (e) => e.fields.join('、') },
                { key: 'title', title: t('experts.field.title'), render: (e) => e.title ?? '—' },
                {
                  key: 'contact',
                  title: t('experts.col.contact'),
                  render: (e) => [e.phone, e.email].filter(Boolean).join(' / ') || '—',
                },
                {
                  key: 'status',
                  title: t('experts.col.status'),
                  render: (e) => (
                    <StatusTag tone={e.status === 'ACTIVE' ? 'success' : 'neutral'}>
                      {e.status === 'RETIRED' && e.retireReason
                        ? t('experts.status.retiredBecause', { reason: e.retireReason })
                        : t(STATUS_LABELS[e.status])}
                    </StatusTag>
                  ),
                },
                {
                  key: 'actions',
                  title: t('calls.col.actions'),
                  noPrint: true,
                  render: (e) => (
                    <div className="lz-toolbar">
                      <Button
                        size="small"
                        aria-label={t('experts.edit.for', { name: e.name })}
                        onClick={() => {
                          setRetiring(null);
                          setEditing(e);
                        }}
                      >
                        {t('experts.edit')}
                      </Button>
                      {e.status === 'ACTIVE' && (
                        <Button
                          size="small"
                          aria-label={t('experts.login.for', { name: e.name })}
                          onClick={() => {
                            setEditing(null);
                            setRetiring(null);
                            setLinking(e);
                          }}
                        >
                          {t('experts.login')}
                        </Button>
                      )}
                      {e.status === 'ACTIVE' && (
                        <Button
                          size="small"
                          danger
                          aria-label={t('experts.retire.for', { name: e.name })}
                          onClick={() => {
                            setEditing(null);
                            setLinking(null);
                            setRetiring(e);
                          }}
                        >
                          {t('experts.retire')}
                        </Button>
                      )}
                    </div>
                  ),
                },
              ]}
            />
            <Pager page={page} pageSize={DEFAULT_PAGE_SIZE} total={experts.data?.total} onChange={setPage} />
          </>
        )}
      </QueryState>
      {linking && <LoginForm key={linking.id} target={linking} onDone={() => setLinking(null)} />}
      {retiring && <RetireForm key={retiring.id} target={retiring} onDone={() => setRetiring(null)} />}
      {editing && <ExpertForm key={editing.id} editing={editing} onDone={() => setEditing(null)} />}
      {!editing && <ExpertForm editing={null} onDone={() => undefined} />}
      <ImportForm />
    </>
  );
}

/** 评审专家库 (docs/SPEC.md 3.4): officers add, edit, retire, import and export the pool. */
export function Component() {
  const { t } = useI18n();
  usePageTitle(t('experts.title'));
  return <RequireSession roles={['officer']}>{() => <Pool />}</RequireSession>;
}
