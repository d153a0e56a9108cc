import type { ReactNode } from 'react';
import type { ApplicationStatus } from '../api/applications';
import type { CityReviewView } from '../api/city-review';
import { statusLabel } from '../applicant/applications/ApplicationListPage';
import { useI18n } from '../i18n/i18n';
import { jurisdictionName } from '../shared/jurisdiction';
import { StatusTag } from '../shared/StatusTag';

/** What a city review is about — lead, field, jurisdiction, status, revision — for officer and expert alike. */
export function CaseFacts({
  review: r,
  revisionExtra,
}: {
  review: CityReviewView;
  revisionExtra?: ReactNode;
}) {
  const { t, locale } = useI18n();
  return (
    <dl className="lz-facts">
      <dt>{t('application.lead')}</dt>
      <dd>
        {r.leadName} <span className="lz-muted">{r.leadUscc}</span>
      </dd>
      <dt>{t('applications.col.field')}</dt>
      <dd>{r.field}</dd>
      <dt>{t('application.jurisdiction')}</dt>
      <dd>{jurisdictionName(r.jurisdictionCode, locale)}</dd>
      <dt>{t('application.status')}</dt>
      <dd>
        <StatusTag>{t(statusLabel(r.status as ApplicationStatus))}</StatusTag>
      </dd>
      <dt>{t('application.revision')}</dt>
      <dd>
        {r.revision}
        {revisionExtra}
      </dd>
    </dl>
  );
}
