import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session/session';

/** 审计记录 of an application or consortium: a link for officers only (the read is officer-only). */
export function AuditLink({ subject, id }: { subject: 'application' | 'consortium'; id: string }) {
  const { t } = useI18n();
  const session = useSession();
  if (session.data?.role !== 'officer') return null;
  return (
    <p className="lz-no-print">
      <Link to={`/workspace/audit/${subject}/${encodeURIComponent(id)}`} data-testid="audit-link">
        {t('audit.link')}
      </Link>
    </p>
  );
}
