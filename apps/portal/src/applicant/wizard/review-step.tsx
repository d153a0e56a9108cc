import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Descriptions } from 'antd';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { checkDraft, type ApplicationView, type EligibilityFindingView } from '../../api/applications';
import { ApiError, newIdempotencyKey } from '../../api/http';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages.zh-CN';
import { formatInstant } from '../../shared/format';
import { StatusTag } from '../../shared/StatusTag';
import { fieldId, stepOfPath, type StepId } from './steps';
import { RowButton, SelectInput, TextInput, useWizard } from './wizard-fields';

/** Soft rules a written justification clears (docs/SPEC.md 2.1a, 2.1b, 2.3a; libs/policy justificationsSchema). */
const SOFT_RULES = new Set(['2.1a', '2.1b', '2.3a']);

export function CommitmentStep({ application, go }: { application: ApplicationView; go: Go }) {
  const { t, locale } = useI18n();
  const { doc, set } = useWizard();
  const files = application.attachments.filter((a) => a.category === 'COMMITMENT');
  const c = doc.commitment ?? {};
  const file = files.find((f) => f.id === c.attachmentId);
  return (
    <>
      <p className="lz-lead">{t('wizard.commitment.lead')}</p>
      {files.length === 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t('wizard.commitment.noFile')}
          action={<RowButton onClick={() => go('attachments')}>{t('wizard.step.attachments')}</RowButton>}
        />
      ) : (
        <SelectInput
          path={['commitment', 'attachmentId']}
          label="wizard.commitment.file"
          required
          options={files.map((f) => ({ value: f.id, label: `${f.fileName} · ${f.sha256.slice(0, 12)}…` }))}
        />
      )}
      <TextInput path={['commitment', 'attestedBy']} label="wizard.commitment.attestedBy" required />
      <Button onClick={() => set(['commitment', 'attestedAt'], new Date().toISOString())}>
        {t('wizard.commitment.attest')}
      </Button>
      <section className="lz-section" aria-labelledby="commitment-shown">
        <h3 id="commitment-shown">{t('wizard.commitment.shown')}</h3>
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'by', label: t('wizard.commitment.attestedBy'), children: c.attestedBy || '—' },
            {
              key: 'at',
              label: t('wizard.commitment.attestedAt'),
              children: (
                <span id={fieldId('commitment.attestedAt')}>{formatInstant(c.attestedAt, locale)}</span>
              ),
            },
            {
              key: 'file',
              label: t('wizard.commitment.file'),
              children: file ? `${file.fileName} (SHA-256 ${file.sha256})` : '—',
            },
          ]}
        />
      </section>
    </>
  );
}

export type Go = (step: StepId, hash?: string) => void;

function Finding({ f, id, go }: { f: EligibilityFindingView; id: string; go: Go }) {
  const { t, locale } = useI18n();
  const step = stepOfPath(f.path);
  const hash = fieldId(f.path);
  const tone = f.informational
    ? 'info'
    : f.blocking
      ? f.severity === 'flag'
        ? 'warning'
        : 'danger'
      : 'success';
  const state = f.informational
    ? t('wizard.finding.info')
    : f.severity === 'flag'
      ? t(f.justified ? 'wizard.finding.justified' : 'wizard.finding.flag')
      : t('wizard.finding.error');
  return (
    <li className="lz-wizard-finding" data-rule={f.rule}>
      <StatusTag tone={tone}>{state}</StatusTag> <strong>{t('wizard.finding.rule', { rule: f.rule })}</strong>{' '}
      {locale === 'zh-CN' ? f.messageZh : f.message}{' '}
      {step !== 'review' && (
        <Link
          to={`/workspace/applications/${id}/edit/${step}#${hash}`}
          onClick={(e) => {
            e.preventDefault();
            go(step, hash);
          }}
        >
          {t('wizard.finding.fix', { step: t(`wizard.step.${step}` as MessageKey) })}
        </Link>
      )}
    </li>
  );
}

/**
 * The eligibility dry run (docs/SPEC.md §2, C.2) with every finding in the page's language, its rule
 * and a link to its field; a justification box for each soft flag; the submission, one
 * Idempotency-Key per attempt (a double click submits once).
 */
export function ReviewStep({
  application,
  go,
  save,
  submit,
  onFindings,
}: {
  application: ApplicationView;
  go: Go;
  save: () => Promise<boolean>;
  submit: (key: string) => Promise<void>;
  onFindings: (findings: EligibilityFindingView[]) => void;
}) {
  const { t, locale } = useI18n();
  const dryRun = useQuery({
    queryKey: ['eligibility', application.id],
    queryFn: async () => {
      const result = await checkDraft(application.id);
      onFindings(result.findings);
      return result;
    },
    staleTime: 0,
    gcTime: 0,
  });
  const [key, setKey] = useState(newIdempotencyKey);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const submitting = useRef(false);

  const recheck = async () => {
    if (await save()) await dryRun.refetch();
  };
  const onSubmit = async () => {
    // A second click while the first is on its way is ignored here (and answered once by the key).
    if (submitting.current) return;
    submitting.current = true;
    setPending(true);
    setError(null);
    try {
      if (!(await save())) return;
      await submit(key);
    } catch (err) {
      setError(
        err instanceof ApiError && err.problem
          ? locale === 'zh-CN'
            ? err.problem.titleZh
            : err.message
          : t('common.unavailable'),
      );
      setKey(newIdempotencyKey());
      await dryRun.refetch();
    } finally {
      submitting.current = false;
      setPending(false);
    }
  };

  const findings = dryRun.data?.findings ?? [];
  const soft = [
    ...new Set(findings.filter((f) => f.severity === 'flag' && !f.informational).map((f) => f.rule)),
  ].filter((r) => SOFT_RULES.has(r));
  return (
    <>
      <section className="lz-section" aria-labelledby="dry-run" aria-busy={dryRun.isFetching}>
        <h3 id="dry-run">{t('wizard.review.findings')}</h3>
        {dryRun.isPending ? (
          <p>{t('common.loading')}</p>
        ) : dryRun.error ? (
          <Alert type="error" showIcon title={t('common.unavailable')} />
        ) : (
          <>
            <Alert
              type={dryRun.data?.eligible ? 'success' : 'warning'}
              showIcon
              title={
                <span data-testid="eligible">
                  {t(dryRun.data?.eligible ? 'wizard.review.eligible' : 'wizard.review.notEligible')}
                </span>
              }
            />
            {findings.length > 0 && (
              <ul className="lz-wizard-findings">
                {findings.map((f, i) => (
                  <Finding key={i} f={f} id={application.id} go={go} />
                ))}
              </ul>
            )}
          </>
        )}
      </section>
      {soft.length > 0 && (
        <section className="lz-section" aria-labelledby="justifications">
          <h3 id="justifications">{t('wizard.review.justifications')}</h3>
          {soft.map((rule) => (
            <TextInput
              key={rule}
              path={['justifications', rule]}
              label={`wizard.justification.${rule}` as 'wizard.justification.2.3a'}
              multiline
            />
          ))}
          <Button onClick={() => void recheck()} loading={dryRun.isFetching}>
            {t('wizard.review.recheck')}
          </Button>
        </section>
      )}
      <section className="lz-section" aria-labelledby="submit-heading">
        <h3 id="submit-heading">{t('wizard.review.submit')}</h3>
        <p>
          {t(application.status === 'RETURNED' ? 'wizard.review.resubmitLead' : 'wizard.review.submitLead')}
        </p>
        {error && <Alert type="error" showIcon title={error} />}
        <Button type="primary" onClick={() => void onSubmit()} loading={pending} data-testid="submit">
          {t(application.status === 'RETURNED' ? 'wizard.review.resubmit' : 'wizard.review.submit')}
        </Button>
      </section>
    </>
  );
}
