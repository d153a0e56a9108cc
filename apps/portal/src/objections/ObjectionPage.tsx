import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Result, Select } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { TEXT_LIMITS, OBJECTION_CONTACT_NAME_MAX } from '@lz/policy';
import { ApiError, isNotFound } from '../api/http';
import { getNotice, type NoticeView } from '../api/notices';
import { fileObjection, type FiledObjection } from '../api/objections';
import { useI18n } from '../i18n/i18n';
import { usePageTitle } from '../shared/page-title';
import { QueryState } from '../shared/QueryState';
import {
  FIELD_LABELS,
  OBJECTION_FIELDS,
  serverErrors,
  validateObjection,
  type ObjectionField,
  type ObjectionFormValues,
} from './objection-form';

type FieldName = ['applicationId'] | ['reason'] | ['contact', 'name'] | ['contact', 'phone'];
const namePath = (field: ObjectionField) => field.split('.') as FieldName;

function Filed({ notice, filed }: { notice: NoticeView; filed: FiledObjection }) {
  const { t } = useI18n();
  return (
    <Result
      status="success"
      title={<h2 className="lz-result-title">{t('objection.success.title')}</h2>}
      subTitle={
        <>
          <p className="lz-receipt" data-testid="receipt">
            {t('objection.success.receipt', { receipt: filed.receiptNo ?? filed.id })}
          </p>
          <p>{t('objection.success.keep')}</p>
        </>
      }
      extra={<Link to={`/notices/${notice.id}`}>{t('objection.success.back')}</Link>}
    />
  );
}

function ObjectionForm({ notice }: { notice: NoticeView }) {
  const { t, locale } = useI18n();
  const [params] = useSearchParams();
  const [form] = Form.useForm<ObjectionFormValues>();
  const [general, setGeneral] = useState<string[]>([]);
  const preselected = notice.items.some((i) => i.applicationId === params.get('item'))
    ? (params.get('item') as string)
    : undefined;

  const showErrors = (errors: Partial<Record<ObjectionField, string>>) =>
    form.setFields(
      OBJECTION_FIELDS.map((field) => ({
        name: namePath(field),
        errors: errors[field] ? [errors[field]] : [],
      })),
    );

  const mutation = useMutation({
    mutationFn: (body: Parameters<typeof fileObjection>[1]) => fileObjection(notice.id, body),
    onError: (err) => {
      if (err instanceof ApiError && err.problem) {
        const split = serverErrors(err.problem.errors ?? [], locale);
        showErrors(split.fields);
        const rest = split.general.length > 0 ? split.general : [err.problem.detail ?? err.message];
        setGeneral(Object.keys(split.fields).length > 0 && split.general.length === 0 ? [] : rest);
      } else setGeneral([t('common.unavailable')]);
    },
  });

  if (mutation.data) return <Filed notice={notice} filed={mutation.data} />;
  if (!notice.acceptingObjections) return <Alert type="info" showIcon title={t('objection.closed')} />;

  const onFinish = () => {
    setGeneral([]);
    const checked = validateObjection(form.getFieldsValue(true) as ObjectionFormValues, t);
    if (!checked.ok) {
      showErrors(checked.errors);
      return;
    }
    showErrors({});
    mutation.mutate(checked.body);
  };

  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark
      initialValues={{ applicationId: preselected }}
      onFinish={onFinish}
      className="lz-section"
      noValidate
    >
      <Form.Item name="applicationId" label={t(FIELD_LABELS.applicationId)} required>
        <Select
          placeholder={t('objection.field.item.placeholder')}
          options={notice.items.map((i) => ({
            value: i.applicationId,
            label: t('objection.itemOption', { name: i.name, lead: i.leadName }),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t(FIELD_LABELS.reason)}
        required
        extra={t('objection.field.reason.help', { max: TEXT_LIMITS.medium })}
      >
        <Input.TextArea rows={6} maxLength={TEXT_LIMITS.medium} showCount />
      </Form.Item>
      <Form.Item name={['contact', 'name']} label={t(FIELD_LABELS['contact.name'])} required>
        <Input maxLength={OBJECTION_CONTACT_NAME_MAX} autoComplete="name" />
      </Form.Item>
      <Form.Item name={['contact', 'phone']} label={t(FIELD_LABELS['contact.phone'])} required>
        <Input inputMode="numeric" autoComplete="tel" />
      </Form.Item>
      {general.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('objection.error.summary')}
          description={general.join(' ')}
          style={{ marginBottom: 16 }}
        />
      )}
      <Button type="primary" htmlType="submit" loading={mutation.isPending}>
        {mutation.isPending ? t('objection.submitting') : t('objection.submit')}
      </Button>
    </Form>
  );
}

/** 提出异议: anyone, no sign-in, while the notice is open (docs/SPEC.md 3.5). */
export function Component() {
  const { noticeId = '' } = useParams();
  const { t } = useI18n();
  const notice = useQuery({ queryKey: ['notice', noticeId], queryFn: () => getNotice(noticeId) });
  usePageTitle(t('objection.title'), isNotFound(notice.error));
  return (
    <QueryState isPending={notice.isPending} error={notice.error} refetch={notice.refetch}>
      {() => {
        const n = notice.data as NoticeView;
        return (
          <>
            <h1>{t('objection.heading')}</h1>
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
