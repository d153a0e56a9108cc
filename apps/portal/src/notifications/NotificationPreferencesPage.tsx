import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../api/http';
import {
  getNotificationPreferences,
  saveNotificationPreferences,
  type NotificationPreferences,
} from '../api/notifications';
import type { SessionView } from '../api/session';
import { useI18n } from '../i18n/i18n';
import { RequireSession } from '../session/session';
import { Field } from '../shared/Field';
import { formatInstant } from '../shared/format';
import { usePageTitle } from '../shared/page-title';
import { problemFields } from '../shared/problem-fields';
import { QueryState } from '../shared/QueryState';
import { NOTIFICATIONS_QUERY_KEY } from './unread';

const FIELDS = ['email.address', 'email.enabled', 'sms.phone', 'sms.enabled'] as const;
type PreferenceField = (typeof FIELDS)[number];

function PreferencesForm({ saved, session }: { saved: NotificationPreferences; session: SessionView }) {
  const { t, locale } = useI18n();
  const client = useQueryClient();
  const [emailOn, setEmailOn] = useState(saved.email.enabled);
  const [address, setAddress] = useState(saved.email.address ?? '');
  const [smsOn, setSmsOn] = useState(saved.sms.enabled);
  const [phone, setPhone] = useState(saved.sms.phone ?? '');
  const [errors, setErrors] = useState<Partial<Record<PreferenceField, string>>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const mutation = useMutation({
    mutationFn: saveNotificationPreferences,
    onSuccess: (view) => {
      setErrors({});
      setGeneral([]);
      client.setQueryData([...NOTIFICATIONS_QUERY_KEY, 'preferences'], view);
    },
    onError: (err) => {
      if (err instanceof ApiError && err.problem) {
        const split = problemFields(err.problem.errors ?? [], FIELDS, locale);
        setErrors(split.fields);
        // A problem that names none of the fields is said above the button; one that does, at it.
        const named = Object.keys(split.fields).length > 0;
        setGeneral(
          split.general.length > 0 || named
            ? split.general
            : [locale === 'zh-CN' ? err.problem.titleZh : err.message],
        );
      } else setGeneral([t('common.unavailable')]);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.reset();
    mutation.mutate({
      email: { enabled: emailOn, address: address.trim() || null },
      sms: { enabled: saved.sms.available && smsOn, phone: phone.trim() || null },
    });
  };
  const shown = mutation.data ?? saved;
  return (
    <form className="lz-section" onSubmit={submit} noValidate aria-labelledby="channels">
      <h2 id="channels">{t('notifications.preferences.channels')}</h2>
      <fieldset className="lz-fieldset">
        <legend className="lz-visually-hidden">{t('notifications.preferences.channels')}</legend>
        <p>
          <label>
            <input type="checkbox" checked disabled /> {t('notifications.preferences.inApp')}
          </label>
        </p>
        <p>
          <label>
            <input
              type="checkbox"
              name="emailEnabled"
              checked={emailOn}
              disabled={!saved.email.available}
              onChange={(e) => setEmailOn(e.target.checked)}
            />{' '}
            {t('notifications.preferences.email')}
          </label>
        </p>
        {!saved.email.available && <p className="lz-muted">{t('notifications.preferences.emailOff')}</p>}
        <Field
          id="email-address"
          label={t('notifications.preferences.address')}
          error={errors['email.address']}
          help={
            session.role === 'applicant'
              ? t('notifications.preferences.addressHelpApplicant')
              : t('notifications.preferences.addressHelp')
          }
        >
          {(a11y) => (
            <input
              {...a11y}
              className="lz-input"
              type="email"
              name="address"
              autoComplete="email"
              value={address}
              maxLength={254}
              onChange={(e) => setAddress(e.target.value)}
              style={{ width: 320 }}
            />
          )}
        </Field>
        <p>
          <label>
            <input
              type="checkbox"
              name="smsEnabled"
              checked={saved.sms.available && smsOn}
              disabled={!saved.sms.available}
              onChange={(e) => setSmsOn(e.target.checked)}
            />{' '}
            {t('notifications.preferences.sms')}
          </label>
        </p>
        {saved.sms.available ? (
          <Field id="sms-phone" label={t('notifications.preferences.phone')} error={errors['sms.phone']}>
            {(a11y) => (
              <input
                {...a11y}
                className="lz-input"
                type="tel"
                name="phone"
                autoComplete="tel"
                value={phone}
                maxLength={11}
                onChange={(e) => setPhone(e.target.value)}
                style={{ width: 200 }}
              />
            )}
          </Field>
        ) : (
          <p className="lz-muted">{t('notifications.preferences.smsUnavailable')}</p>
        )}
      </fieldset>
      {general.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('notifications.preferences.notSaved')}
          description={general.join('；')}
        />
      )}
      {mutation.isSuccess && (
        <Alert type="success" showIcon title={t('notifications.preferences.saved')} role="status" />
      )}
      <p className="lz-muted">
        {shown.saved && shown.updatedAt
          ? t('notifications.preferences.savedAt', { at: formatInstant(shown.updatedAt, locale) })
          : t('notifications.preferences.defaults')}
      </p>
      <Button type="primary" htmlType="submit" loading={mutation.isPending}>
        {t('notifications.preferences.save')}
      </Button>
    </form>
  );
}

function Preferences({ session }: { session: SessionView }) {
  const { t } = useI18n();
  const prefs = useQuery({
    queryKey: [...NOTIFICATIONS_QUERY_KEY, 'preferences'],
    queryFn: getNotificationPreferences,
  });
  return (
    <>
      <h1>{t('notifications.preferences.heading')}</h1>
      <p className="lz-lead">{t('notifications.preferences.lead')}</p>
      <p>
        <Link to="/workspace/notifications">{t('notifications.backToInbox')}</Link>
      </p>
      <QueryState isPending={prefs.isPending} error={prefs.error} refetch={prefs.refetch}>
        {() => prefs.data && <PreferencesForm saved={prefs.data} session={session} />}
      </QueryState>
    </>
  );
}

/** 通知设置: the channels besides the inbox (always on) — e-mail with its address; SMS when provided. */
export function Component() {
  const { t } = useI18n();
  usePageTitle(t('notifications.preferences.title'));
  return <RequireSession>{(session) => <Preferences session={session} />}</RequireSession>;
}
