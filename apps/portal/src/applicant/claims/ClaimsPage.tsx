import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { CLAIM_CATEGORIES, formatFen, type ClaimCategory } from '@lz/policy';
import { carriesAmount, createClaim, listClaims, ruleOf, type ClaimView } from '../../api/claims';
import { newIdempotencyKey } from '../../api/http';
import { DEFAULT_PAGE_SIZE } from '../../api/list';
import { ledConsortiaQuery } from '../../api/registry';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages.zh-CN';
import { RequireSession } from '../../session/session';
import { DataTable, Pager } from '../../shared/DataTable';
import { Field } from '../../shared/Field';
import { formatInstant } from '../../shared/format';
import { usePageTitle } from '../../shared/page-title';
import { usePageParam } from '../../shared/paging';
import { problemMessages } from '../../shared/problem-fields';
import { QueryState } from '../../shared/QueryState';
import { StatusTag } from '../../shared/StatusTag';
import { claimBody, type ClaimForm, type ClaimFormField } from './claim-form';

export const categoryLabel = (c: ClaimCategory): MessageKey => `claims.category.${c}` as MessageKey;
export const claimStatusLabel = (s: ClaimView['status']): MessageKey => `claims.status.${s}` as MessageKey;
export const categoryText = (t: (k: MessageKey) => string, c: ClaimCategory) =>
  `${ruleOf(c)} ${t(categoryLabel(c))}`;

const FIELDS: readonly ClaimFormField[] = [
  'consortiumId',
  'category',
  'subject.ref',
  'subject.name',
  'amountFen',
];

/** 新建补助申请: the lead's ACTIVE consortia, the category, the platform/project, the amount in yuan. */
function NewClaim({ uscc, consortiumId }: { uscc: string; consortiumId: string }) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const consortia = useQuery(ledConsortiaQuery(uscc));
  const active = (consortia.data ?? []).filter((c) => c.status === 'ACTIVE');
  const [form, setForm] = useState<ClaimForm>({
    consortiumId,
    category: '',
    subjectRef: '',
    subjectName: '',
    amountYuan: '',
  });
  const [errors, setErrors] = useState<Partial<Record<ClaimFormField, string>>>({});
  // One key per attempt: a double click creates one claim.
  const [key, setKey] = useState(newIdempotencyKey);
  const create = useMutation({
    mutationFn: (body: Parameters<typeof createClaim>[0]) => createClaim(body, key),
    onSuccess: (claim) => navigate(`/workspace/claims/${claim.id}`),
    onError: (err) => {
      setKey(newIdempotencyKey());
      setErrors(problemMessages(err, FIELDS, locale, t('common.unavailable')).fields);
    },
  });
  const inFlight = useRef(false);
  const set = (change: Partial<ClaimForm>) => setForm((f) => ({ ...f, ...change }));
  const onSubmit = () => {
    const result = claimBody({
      ...form,
      consortiumId: form.consortiumId || (active.length === 1 ? active[0].id : ''),
    });
    if ('errors' in result) {
      setErrors(
        Object.fromEntries(
          Object.entries(result.errors).map(([f, e]) => [
            f,
            t(e === 'amount' ? 'claims.form.badAmount' : 'claims.form.required'),
          ]),
        ),
      );
      return;
    }
    setErrors({});
    if (inFlight.current) return; // a double click creates one claim
    inFlight.current = true;
    create.mutate(result.body, { onSettled: () => (inFlight.current = false) });
  };
  const general = create.error
    ? problemMessages(create.error, FIELDS, locale, t('common.unavailable')).general
    : [];
  if (consortia.isSuccess && active.length === 0)
    return <p className="lz-muted">{t('claims.noConsortium')}</p>;
  const chosen = form.consortiumId || (active.length === 1 ? active[0].id : '');
  return (
    <form
      className="lz-section"
      aria-labelledby="new-claim"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <h2 id="new-claim">{t('claims.new')}</h2>
      <Field id="f-claim-consortium" label={t('claims.form.consortium')} required error={errors.consortiumId}>
        {(a11y) => (
          <select
            {...a11y}
            className="lz-select"
            value={chosen}
            onChange={(e) => set({ consortiumId: e.target.value })}
          >
            <option value="">{t('wizard.choose')}</option>
            {active.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}（{c.filingNumber}）
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="f-claim-category"
        label={t('claims.form.category')}
        required
        error={errors.category}
        help={t('claims.form.categoryHelp')}
      >
        {(a11y) => (
          <select
            {...a11y}
            className="lz-select"
            value={form.category}
            onChange={(e) => set({ category: e.target.value as ClaimCategory })}
          >
            <option value="">{t('wizard.choose')}</option>
            {CLAIM_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {categoryText(t, c)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="f-claim-subject-ref"
        label={t('claims.form.subjectRef')}
        required
        error={errors['subject.ref']}
      >
        {(a11y) => (
          <input
            {...a11y}
            className="lz-input"
            value={form.subjectRef}
            onChange={(e) => set({ subjectRef: e.target.value })}
          />
        )}
      </Field>
      <Field
        id="f-claim-subject-name"
        label={t('claims.form.subjectName')}
        required
        error={errors['subject.name']}
      >
        {(a11y) => (
          <input
            {...a11y}
            className="lz-input"
            value={form.subjectName}
            onChange={(e) => set({ subjectName: e.target.value })}
          />
        )}
      </Field>
      {form.category && carriesAmount(form.category) ? (
        <Field id="f-claim-amount" label={t('claims.form.amount')} required error={errors.amountFen}>
          {(a11y) => (
            <input
              {...a11y}
              className="lz-input"
              inputMode="decimal"
              value={form.amountYuan}
              onChange={(e) => set({ amountYuan: e.target.value })}
            />
          )}
        </Field>
      ) : (
        form.category && <p className="lz-muted">{t('claims.form.priority')}</p>
      )}
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} />}
      <Button type="primary" htmlType="submit" loading={create.isPending}>
        {t('claims.form.create')}
      </Button>
    </form>
  );
}

function Claims({ uscc }: { uscc: string }) {
  const { t, locale } = useI18n();
  usePageTitle(t('claims.heading'));
  const [params] = useSearchParams();
  const [page, setPage] = usePageParam();
  const consortiumId = params.get('consortiumId') ?? '';
  const list = useQuery({
    queryKey: ['claims', page, consortiumId],
    queryFn: () => listClaims({ page, pageSize: DEFAULT_PAGE_SIZE, consortiumId: consortiumId || undefined }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <h1>{t('claims.heading')}</h1>
      <p className="lz-lead">{t('claims.lead')}</p>
      <QueryState isPending={list.isPending} error={list.error} refetch={list.refetch}>
        {() => (
          <>
            <DataTable<ClaimView>
              caption={t('claims.heading')}
              rowKey={(c) => c.id}
              busy={list.isFetching}
              rows={list.data?.items}
              columns={[
                {
                  key: 'subject',
                  title: t('claims.col.subject'),
                  render: (c) => <Link to={`/workspace/claims/${c.id}`}>{c.subject.name}</Link>,
                },
                {
                  key: 'category',
                  title: t('claims.col.category'),
                  render: (c) => categoryText(t, c.category),
                },
                {
                  key: 'amount',
                  title: t('claims.col.amount'),
                  render: (c) => (carriesAmount(c.category) ? formatFen(c.amountFen) : t('claims.priority')),
                },
                {
                  key: 'status',
                  title: t('claims.col.status'),
                  render: (c) => <StatusTag>{t(claimStatusLabel(c.status))}</StatusTag>,
                },
                {
                  key: 'created',
                  title: t('claims.col.createdAt'),
                  render: (c) => formatInstant(c.createdAt, locale),
                },
              ]}
            />
            <Pager page={page} pageSize={DEFAULT_PAGE_SIZE} total={list.data?.total} onChange={setPage} />
          </>
        )}
      </QueryState>
      <NewClaim uscc={uscc} consortiumId={consortiumId} />
    </>
  );
}

/** 后补助申请 (docs/SPEC.md §4): the lead unit's claims and a new one. */
export function Component() {
  return <RequireSession roles={['applicant']}>{(s) => <Claims uscc={s.uscc ?? ''} />}</RequireSession>;
}
