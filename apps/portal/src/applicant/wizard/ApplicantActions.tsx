import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { createDraft, getTimeline, type ApplicationView } from '../../api/applications';
import { listCalls } from '../../api/calls';
import { ApiError, newIdempotencyKey } from '../../api/http';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';

/** The statuses in which the lead unit may still edit (docs/SPEC.md 3.2: a draft, or returned for revision). */
export const EDITABLE: ReadonlySet<string> = new Set(['DRAFT', 'RETURNED']);

/** A returned application: the reviewer's reasons (the RETURNED entry's note of the timeline), at the top. */
export function ReturnReasons({ application }: { application: ApplicationView }) {
  const { t } = useI18n();
  const timeline = useQuery({
    queryKey: ['timeline', application.id, application.status],
    queryFn: () => getTimeline(application.id),
    enabled: application.status === 'RETURNED',
  });
  if (application.status !== 'RETURNED') return null;
  const returned = [...(timeline.data ?? [])].reverse().find((e) => e.status === 'RETURNED');
  return (
    <Alert
      className="lz-section"
      type="warning"
      showIcon
      title={t('wizard.returned', { revision: application.revision })}
      description={
        timeline.isPending ? (
          <p>{t('common.loading')}</p>
        ) : (
          <p data-testid="return-reasons">{returned?.note ?? '—'}</p>
        )
      }
    />
  );
}

/** 编辑 on the application page, for its own applicant while it is a draft or returned. */
/** Whether the signed-in person may edit the application now (its applicant, while DRAFT or RETURNED). */
export function useCanEdit(application: ApplicationView): boolean {
  const session = useSession();
  return session.data?.role === 'applicant' && EDITABLE.has(application.status);
}

export function EditLink({ application }: { application: ApplicationView }) {
  const { t } = useI18n();
  if (!useCanEdit(application)) return null;
  return (
    <>
      <ReturnReasons application={application} />
      <p>
        <Link to={`/workspace/applications/${application.id}/edit`}>
          {t(application.status === 'RETURNED' ? 'wizard.revise' : 'wizard.edit')}
        </Link>
      </p>
    </>
  );
}

/** 新建申报 for each call open now: creates the draft (`{callId}` only) and opens the wizard. */
export function NewApplication() {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const calls = useQuery({ queryKey: ['calls', 'OPEN'], queryFn: () => listCalls({ status: 'OPEN' }) });
  // One key per attempt: a double click creates one draft.
  const [key, setKey] = useState(newIdempotencyKey);
  const create = useMutation({
    mutationFn: (callId: string) => createDraft(callId, key),
    onSuccess: (draft) => navigate(`/workspace/applications/${draft.id}/edit`),
    onError: () => setKey(newIdempotencyKey()),
  });
  const open = calls.data?.items ?? [];
  if (open.length === 0) return calls.isSuccess ? <p className="lz-muted">{t('wizard.noOpenCall')}</p> : null;
  return (
    <div className="lz-section">
      {open.map((c) => (
        <p key={c.id}>
          <Button
            type="primary"
            loading={create.isPending}
            onClick={() => !create.isPending && create.mutate(c.id)}
          >
            {t('wizard.new')}
          </Button>{' '}
          <span>{t('wizard.newFor', { title: c.title })}</span>
        </p>
      ))}
      {create.error && (
        <Alert
          type="error"
          showIcon
          title={
            create.error instanceof ApiError && create.error.problem
              ? locale === 'zh-CN'
                ? create.error.problem.titleZh
                : create.error.message
              : t('common.unavailable')
          }
        />
      )}
    </div>
  );
}
