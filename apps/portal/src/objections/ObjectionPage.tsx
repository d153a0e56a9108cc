import { useMutation } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { OBJECTION_CONTACT_NAME_MAX, TEXT_LIMITS, type FileObjectionBody } from '@lz/policy';
import { ApiError, isNotFound } from '../api/http';
import type { NoticeView } from '../api/notices';
import { fileObjection, type FiledObjection } from '../api/objections';
import { useI18n } from '../i18n/i18n';
import { useNotice } from '../notices/use-notice';
import { Field } from '../shared/Field';
import { usePageTitle } from '../shared/page-title';
import { QueryState } from '../shared/QueryState';
import { FIELD_LABELS, serverErrors, validateObjection, type ObjectionField } from './objection-form';

type Errors = Partial<Record<ObjectionField, string>>;

function Filed({ notice, filed }: { notice: NoticeView; filed: FiledObjection }) {
  const { t } = useI18n();
  return (
    <section className="lz-section" aria-labelledby="objection-filed">
      <Alert
        type="success"
        showIcon
        title={<h2 id="objection-filed">{t('objection.success.title')}</h2>}
        description={
          <>
            <p className="lz-receipt" data-testid="receipt">
              {t('objection.success.receipt', { receipt: filed.receiptNo ?? filed.id })}
            </p>
            <p>{t('objection.success.keep')}</p>
            <Link to={`/notices/${notice.id}`}>{t('objection.success.back')}</Link>
          </>
        }
      />
    </section>
  );
}

function ObjectionForm({ notice }: { notice: NoticeView }) {
  const { t, locale } = useI18n();
  const [params] = useSearchParams();
  const asked = params.get('item');
  const [applicationId, setApplicationId] = useState(
    notice.items.some((i) => i.applicationId === asked) ? (asked as string) : '',
  );
  const [reason, setReason] = useState('');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [general, setGeneral] = useState<string[]>([]);

  const mutation = useMutation({
    mutationFn: (body: FileObjectionBody) => fileObjection(notice.id, body),
    onError: (err) => {
      if (err instanceof ApiError && err.problem) {
        const split = serverErrors(err.problem.errors ?? [], locale);
        setErrors(split.fields);
        const named = Object.keys(split.fields).length > 0;
        // The problem's own words when it names no field of the form; its English detail only when it has none.
        setGeneral(split.general.length > 0 ? split.general : named ? [] : [err.message]);
      } else setGeneral([t('common.unavailable')]);
    },
  });

  if (mutation.data) return <Filed notice={notice} filed={mutation.data} />;
  if (!notice.acceptingObjections) return <Alert type="info" showIcon title={t('objection.closed')} />;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setGeneral([]);
    const checked = validateObjection({ applicationId, reason, contact: { name, phone } }, t);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    mutation.mutate(checked.body);
  };

  return (
    <form className="lz-section" onSubmit={onSubmit} noValidate aria-labelledby="objection-heading">
      <Field id="objection-item" label={t(FIELD_LABELS.applicationId)} required error={errors.applicationId}>
        {(a11y) => (
          <select
            {...a11y}
            className="lz-select"
            value={applicationId}
            onChange={(e) => setApplicationId(e.target.value)}
          >
            <option value="">{t('objection.field.item.placeholder')}</option>
            {notice.items.map((i) => (
              <option key={i.applicationId} value={i.applicationId}>
                {t('objection.itemOption', { name: i.name, lead: i.leadName })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="objection-reason"
        label={t(FIELD_LABELS.reason)}
        required
        error={errors.reason}
        help={t('objection.field.reason.help', { max: TEXT_LIMITS.medium })}
      >
        {(a11y) => (
          <textarea
            {...a11y}
            className="lz-input"
            rows={6}
            maxLength={TEXT_LIMITS.medium}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        )}
      </Field>
      <Field
        id="objection-name"
        label={t(FIELD_LABELS['contact.name'])}
        required
        error={errors['contact.name']}
      >
        {(a11y) => (
          <input
            {...a11y}
            className="lz-input"
            maxLength={OBJECTION_CONTACT_NAME_MAX}
            autoComplete="name"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        )}
      </Field>
      <Field
        id="objection-phone"
        label={t(FIELD_LABELS['contact.phone'])}
        required
        error={errors['contact.phone']}
      >
        {(a11y) => (
          <input
            {...a11y}
            className="lz-input"
            type="tel"
            inputMode="numeric"
            autoComplete="tel"
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
          />
        )}
      </Field>
      {general.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('objection.error.summary')}
          description={general.join(' ')}
          style={{ marginBottom: 16 }}
        />
      )}
      <Button type="primary" htmlType="submit" loading={mutation.isPending}>
        {mutation.isPending ? t('objection.submitting') : t('objection.submit')}
      </Button>
    </form>
  );
}

/** 提出异议: anyone, no sign-in, while the notice is open (docs/SPEC.md 3.5). */
export function Component() {
  const { noticeId = '' } = useParams();
  const { t } = useI18n();
  const notice = useNotice(noticeId);
  usePageTitle(t('objection.title'), isNotFound(notice.error));
  return (
    <QueryState isPending={notice.isPending} error={notice.error} refetch={notice.refetch}>
      {() => {
        const n = notice.data as NoticeView;
        return (
          <>
            <h1 id="objection-heading">{t('objection.heading')}</h1>
            <p>
              {t('objection.notice')}
              <Link to={`/notices/${n.id}`}>{n.title}</Link>
            </p>
            <p className="lz-lead">{t('objection.intro')}</p>
            <ObjectionForm notice={n} />
          </>
        );
      }}
    </QueryState>
  );
}
