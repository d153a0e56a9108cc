import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';

/** The officer home's way to the dashboard (工作概览), as one tile of the home's list. */
export function DashboardLink() {
  const { t } = useI18n();
  return (
    <li className="lz-stat">
      <span className="lz-stat-label">
        <Link to="/workspace/dashboard" data-testid="dashboard-link">
          {t('officer.dashboard')}
        </Link>
      </span>
    </li>
  );
}
