import { useQueries } from '@tanstack/react-query';
import { Alert } from 'antd';
import { creditFindingsQuery, type CreditFindingView } from '../api/credit-findings';
import { useI18n } from '../i18n/i18n';

/**
 * The credit findings in effect against the lead or a member of an application (docs/SPEC.md 5.3a),
 * for the reviewers and officers who decide it: one list query per unit, `active=true`. `usccs` are
 * the units' codes as the application names them (absent or partial ones are skipped).
 */
export function CreditFindingsPanel({ usccs: named }: { usccs: readonly (string | undefined)[] }) {
  const { t } = useI18n();
  const usccs = named.filter((u): u is string => typeof u === 'string' && u.length === 18);
  const results = useQueries({
    queries: [...new Set(usccs)].map((uscc) => creditFindingsQuery({ uscc, active: 'true', pageSize: 20 })),
  });
  const findings = results.flatMap((r) => r.data?.items ?? []) as CreditFindingView[];
  if (findings.length === 0) return null;
  return (
    <section className="lz-section" aria-labelledby="credit-panel-heading">
      <h2 id="credit-panel-heading">{t('credit.panel.heading')}</h2>
      <Alert
        type="warning"
        showIcon
        title={t('credit.panel.lead')}
        description={
          <ul>
            {findings.map((f) => (
              <li key={f.id}>
                {t('credit.panel.item', {
                  unit: f.unitName,
                  uscc: f.uscc,
                  ref: f.decisionRef,
                  until: f.period.until ?? t('credit.period.open'),
                })}
              </li>
            ))}
          </ul>
        }
      />
    </section>
  );
}
