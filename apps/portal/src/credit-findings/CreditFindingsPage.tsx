import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { useState, type FormEvent } from 'react';
import {
  CREDIT_FINDING_OBJECT_TYPES,
  endCreditFindingSchema,
  recordCreditFindingSchema,
  TEXT_LIMITS,
  type CreditFindingObjectType,
} from '@lz/policy';
import {
  creditEvidencePath,
  creditFindingsQuery,
  endCreditFinding,
  recordCreditFinding,
  uploadCreditEvidence,
  type CreditFindingView,
} from '../api/credit-findings';
import type { StoredFile } from '../api/files';
import { newIdempotencyKey } from '../api/http';
import { DEFAULT_PAGE_SIZE } from '../api/list';
import { useI18n } from '../i18n/i18n';
import { RequireSession } from '../session/session';
import { DataTable, Pager } from '../shared/DataTable';
import { Field } from '../shared/Field';
import { usePageTitle } from '../shared/page-title';
import { pageParam, useFilterParams, usePageParam } from '../shared/paging';
import { problemMessages } from '../shared/problem-fields';
import { ReasonForm } from '../shared/ReasonForm';
import { QueryState } from '../shared/QueryState';
import { StatusTag } from '../shared/StatusTag';
import { StoredFiles } from '../shared/StoredFiles';

const FIELDS = [
  'uscc',
  'unitName',
  'object.type',
  'object.id',
  'facts',
  'decisionRef',
  'period.from',
  'period.until',
] as const;
type FormField = (typeof FIELDS)[number];

const EMPTY = {
  uscc: '',
  unitName: '',
  objectType: 'APPLICATION' as CreditFindingObjectType,
  objectId: '',
  facts: '',
  decisionRef: '',
  from: '',
  until: '',
};

/** The officer's form: 记录信用记录 (docs/SPEC.md 5.3a), checked with the schema intake applies. */
function RecordForm() {
  const { t, locale } = useI18n();
  const client = useQueryClient();
  const [draft, setDraft] = useState(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<FormField, string>>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [key, setKey] = useState(newIdempotencyKey);
  const mutation = useMutation({
    mutationFn: (body: Parameters<typeof recordCreditFinding>[0]) => recordCreditFinding(body, key),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['credit-findings'] });
      setDraft(EMPTY);
      setKey(newIdempotencyKey());
    },
    onError: (err) => {
      const m = problemMessages(err, FIELDS, locale, t('common.unavailable'));
      setErrors(m.fields);
      setGeneral(m.general);
      setKey(newIdempotencyKey());
    },
  });
  const set = (field: keyof typeof EMPTY) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [field]: e.target.value }));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (mutation.isPending) return;
    setGeneral([]);
    mutation.reset();
    const checked = recordCreditFindingSchema.safeParse({
      uscc: draft.uscc.trim(),
      unitName: draft.unitName,
      object: { type: draft.objectType, id: draft.objectId },
      facts: draft.facts,
      decisionRef: draft.decisionRef,
      period: { from: draft.from, until: draft.until || null },
    });
    if (!checked.success) {
      const found: Partial<Record<FormField, string>> = {};
      for (const issue of checked.error.issues) {
        const path = issue.path.join('.') as FormField;
        if (FIELDS.includes(path) && !found[path])
          found[path] = t('credit.invalid', { label: t(`credit.field.${path}`) });
      }
      setErrors(found);
      return;
    }
    setErrors({});
    mutation.mutate(checked.data);
  };
  const text = (id: FormField, field: keyof typeof EMPTY, max: number, rows?: number, required = true) => (
    <Field id={`credit-${id}`} label={t(`credit.field.${id}`)} required={required} error={errors[id]}>
      {(a11y) =>
        rows ? (
          <textarea
            {...a11y}
            className="lz-input"
            rows={rows}
            maxLength={max}
            value={draft[field]}
            onChange={set(field)}
          />
        ) : (
          <input {...a11y} className="lz-input" maxLength={max} value={draft[field]} onChange={set(field)} />
        )
      }
    </Field>
  );
  return (
    <form className="lz-section" onSubmit={onSubmit} noValidate aria-labelledby="credit-record-heading">
      <h2 id="credit-record-heading">{t('credit.record')}</h2>
      {mutation.data && (
        <Alert type="success" showIcon title={t('credit.recorded', { unit: mutation.data.unitName })} />
      )}
      {text('uscc', 'uscc', 18)}
      {text('unitName', 'unitName', TEXT_LIMITS.short)}
      <Field
        id="credit-object.type"
        label={t('credit.field.object.type')}
        required
        error={errors['object.type']}
      >
        {(a11y) => (
          <select {...a11y} className="lz-select" value={draft.objectType} onChange={set('objectType')}>
            {CREDIT_FINDING_OBJECT_TYPES.map((o) => (
              <option key={o} value={o}>
                {t(`credit.object.${o}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text('object.id', 'objectId', 64)}
      {text('facts', 'facts', TEXT_LIMITS.medium, 4)}
      {text('decisionRef', 'decisionRef', TEXT_LIMITS.short)}
      <Field
        id="credit-period.from"
        label={t('credit.field.period.from')}
        required
        error={errors['period.from']}
      >
        {(a11y) => (
          <input {...a11y} className="lz-input" type="date" value={draft.from} onChange={set('from')} />
        )}
      </Field>
      <Field
        id="credit-period.until"
        label={t('credit.field.period.until')}
        error={errors['period.until']}
        help={t('credit.field.period.until.help')}
      >
        {(a11y) => (
          <input {...a11y} className="lz-input" type="date" value={draft.until} onChange={set('until')} />
        )}
      </Field>
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} />}
      <Button type="primary" htmlType="submit" loading={mutation.isPending}>
        {t('credit.record.submit')}
      </Button>
    </form>
  );
}

/** 提前解除: the officer ends a finding early, with a reason. */
function EndForm({ target, onDone }: { target: CreditFindingView; onDone: () => void }) {
  const { t } = useI18n();
  return (
    <ReasonForm
      id="credit-end"
      heading={t('credit.end.heading', { unit: target.unitName })}
      label={t('credit.end.reason')}
      maxLength={TEXT_LIMITS.medium}
      submitLabel={t('credit.end.submit')}
      schema={endCreditFindingSchema}
      submit={(body, key) => endCreditFinding(target.id, body, key)}
      invalidates={['credit-findings']}
      onDone={onDone}
    />
  );
}

/**
 * 证据材料 of one finding: the stored files (sha256, verified download, inline preview) for whoever
 * sees the finding, and the drop zone for the officer who records it (docs/SPEC.md 5.3a).
 */
function EvidenceSection({
  finding,
  officer,
  onChanged,
  onDone,
}: {
  finding: CreditFindingView;
  officer: boolean;
  onChanged: () => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  return (
    <section className="lz-section" aria-labelledby="credit-evidence-heading">
      <h2 id="credit-evidence-heading">{t('credit.evidence.heading', { unit: finding.unitName })}</h2>
      {officer && <p className="lz-lead">{t('credit.evidence.lead')}</p>}
      <StoredFiles<StoredFile>
        id="f-credit-evidence"
        caption={t('credit.evidence')}
        files={finding.evidence}
        downloadPath={(f) => creditEvidencePath(finding.id, f.id)}
        upload={(file, onProgress) => uploadCreditEvidence(finding.id, file, onProgress)}
        onChanged={onChanged}
        disabled={!officer}
      />
      <Button onClick={onDone}>{t('credit.evidence.close')}</Button>
    </section>
  );
}

function Findings({ officer }: { officer: boolean }) {
  const { t } = useI18n();
  const [params, setFilters] = useFilterParams();
  const [page, setPage] = usePageParam();
  const uscc = params.get('uscc') ?? undefined;
  const query = { page: pageParam(params), pageSize: DEFAULT_PAGE_SIZE, ...(uscc ? { uscc } : {}) };
  const findings = useQuery({ ...creditFindingsQuery(query), placeholderData: keepPreviousData });
  const [ending, setEnding] = useState<CreditFindingView | null>(null);
  // The id, not the row: after an upload the list is read again and the section shows the new file.
  const [showing, setShowing] = useState<string | null>(null);
  const shown = findings.data?.items.find((f) => f.id === showing);
  return (
    <>
      <h1>{t('credit.heading')}</h1>
      <p className="lz-lead">{t('credit.lead')}</p>
      <form
        role="search"
        className="lz-toolbar"
        aria-label={t('common.search')}
        onSubmit={(e) => {
          e.preventDefault();
          const value = String(new FormData(e.currentTarget).get('uscc') ?? '').trim();
          setFilters({ uscc: value || undefined });
        }}
      >
        <label>
          {t('credit.field.uscc')}
          <input className="lz-input" name="uscc" defaultValue={uscc} maxLength={18} style={{ width: 240 }} />
        </label>
        <Button type="primary" htmlType="submit">
          {t('common.search')}
        </Button>
      </form>
      <QueryState isPending={findings.isPending} error={findings.error} refetch={findings.refetch}>
        {() => (
          <>
            <DataTable<CreditFindingView>
              caption={t('credit.heading')}
              rowKey={(f) => f.id}
              busy={findings.isFetching}
              rows={findings.data?.items}
              columns={[
                { key: 'unit', title: t('credit.col.unit'), render: (f) => `${f.unitName}（${f.uscc}）` },
                {
                  key: 'object',
                  title: t('credit.col.object'),
                  render: (f) => `${t(`credit.object.${f.object.type}`)} ${f.object.id}`,
                },
                { key: 'facts', title: t('credit.col.facts'), render: (f) => f.facts },
                { key: 'decisionRef', title: t('credit.col.decisionRef'), render: (f) => f.decisionRef },
                {
                  key: 'period',
                  title: t('credit.col.period'),
                  render: (f) => `${f.period.from} – ${f.period.until ?? t('credit.period.open')}`,
                },
                {
                  key: 'status',
                  title: t('credit.col.status'),
                  render: (f) => (
                    <StatusTag tone={f.active ? 'warning' : 'neutral'}>
                      {f.ended
                        ? t('credit.status.ended', { on: f.ended.on, reason: f.ended.reason })
                        : t(f.active ? 'credit.status.active' : 'credit.status.inactive')}
                    </StatusTag>
                  ),
                },
                {
                  key: 'actions',
                  title: t('calls.col.actions'),
                  render: (f: CreditFindingView) => (
                    <span className="lz-toolbar">
                      <Button size="small" onClick={() => setShowing(f.id)}>
                        {t('credit.evidence.open', { count: f.evidence.length })}
                      </Button>
                      {officer && !f.ended && (
                        <Button size="small" onClick={() => setEnding(f)}>
                          {t('credit.end')}
                        </Button>
                      )}
                    </span>
                  ),
                },
              ]}
            />
            <Pager page={page} pageSize={DEFAULT_PAGE_SIZE} total={findings.data?.total} onChange={setPage} />
          </>
        )}
      </QueryState>
      {shown && (
        <EvidenceSection
          finding={shown}
          officer={officer}
          onChanged={() => void findings.refetch()}
          onDone={() => setShowing(null)}
        />
      )}
      {ending && <EndForm target={ending} onDone={() => setEnding(null)} />}
      {officer && <RecordForm />}
    </>
  );
}

/** 信用记录 (docs/SPEC.md 5.3a): officers record and end; reviewers read; a unit sees its own. */
export function Component() {
  const { t } = useI18n();
  usePageTitle(t('credit.title'));
  return (
    <RequireSession roles={['officer', 'reviewer', 'applicant']}>
      {(s) => <Findings officer={s.authenticated && s.role === 'officer'} />}
    </RequireSession>
  );
}
