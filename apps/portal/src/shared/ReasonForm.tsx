import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { useState, type FormEvent } from 'react';
import type { ZodType } from 'zod';
import { newIdempotencyKey } from '../api/http';
import { useI18n } from '../i18n/i18n';
import { Field } from './Field';
import { problemMessages } from './problem-fields';

export interface ReasonFormProps<R> {
  /** Prefix of the form's ids: `<id>-heading`, `<id>-reason`. */
  id: string;
  heading: string;
  lead?: string;
  label: string;
  help?: string;
  maxLength: number;
  submitLabel: string;
  /** The service's own body schema (libs/policy or the API's), checked before sending. */
  schema: ZodType<{ reason: string }>;
  /** The request, with this attempt's Idempotency-Key (a double click sends once). */
  submit: (body: { reason: string }, idempotencyKey: string) => Promise<R>;
  /** The queries the change refreshes. */
  invalidates: readonly unknown[];
  /** The answer, or null when cancelled. */
  onDone: (result: R | null) => void;
}

/**
 * An act that needs only a reason — close a call, retire an expert, end a credit finding early:
 * the reason checked by the service's schema, the service's refusal next to the field (Chinese or
 * English), a new Idempotency-Key after a refusal, cancel.
 */
export function ReasonForm<R>(props: ReasonFormProps<R>) {
  const { t, locale } = useI18n();
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [general, setGeneral] = useState<string[]>([]);
  const [key, setKey] = useState(newIdempotencyKey);
  const mutation = useMutation({
    mutationFn: (body: { reason: string }) => props.submit(body, key),
    onSuccess: (result) => {
      void client.invalidateQueries({ queryKey: props.invalidates });
      props.onDone(result);
    },
    onError: (err) => {
      const m = problemMessages(err, ['reason'] as const, locale, t('common.unavailable'));
      setError(m.fields.reason);
      setGeneral(m.general);
      setKey(newIdempotencyKey());
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (mutation.isPending) return;
    setGeneral([]);
    const checked = props.schema.safeParse({ reason });
    if (!checked.success) {
      const label = props.label;
      setError(
        checked.error.issues[0]?.code === 'too_big'
          ? t('validation.tooLong', { label, max: props.maxLength })
          : t('validation.required', { label }),
      );
      return;
    }
    setError(undefined);
    mutation.mutate(checked.data);
  };
  return (
    <form className="lz-section" onSubmit={onSubmit} noValidate aria-labelledby={`${props.id}-heading`}>
      <h2 id={`${props.id}-heading`}>{props.heading}</h2>
      {props.lead && <p>{props.lead}</p>}
      <Field id={`${props.id}-reason`} label={props.label} required error={error} help={props.help}>
        {(a11y) => (
          <textarea
            {...a11y}
            className="lz-input"
            rows={3}
            maxLength={props.maxLength}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        )}
      </Field>
      {general.length > 0 && <Alert type="error" showIcon title={general.join('；')} />}
      <div className="lz-toolbar">
        <Button danger type="primary" htmlType="submit" loading={mutation.isPending}>
          {props.submitLabel}
        </Button>
        <Button onClick={() => props.onDone(null)}>{t('calls.close.cancel')}</Button>
      </div>
    </form>
  );
}
