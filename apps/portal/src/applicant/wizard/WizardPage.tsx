import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import {
  getApplication,
  patchDraft,
  submitApplication,
  type ApplicationView,
  type EligibilityFindingView,
} from '../../api/applications';
import { ApiError, isNotFound } from '../../api/http';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages.zh-CN';
import { RequireSession } from '../../session/session';
import { usePageTitle } from '../../shared/page-title';
import { QueryState } from '../../shared/QueryState';
import { AttachmentsStep } from './AttachmentsStep';
import { EDITABLE, ReturnReasons } from './ApplicantActions';
import { CommitmentStep, ReviewStep, type Go } from './review-step';
import { BasicStep, FundingStep, GoalsStep, GovernanceStep, LeadStep, MembersStep } from './step-forms';
import { STEPS, firstIncompleteStep, stepPatch, type Draft, type StepId } from './steps';
import { WizardContext, pathString, setIn, type Path } from './wizard-fields';
import './wizard.css';

export const stepLabel = (s: StepId): MessageKey => `wizard.step.${s}` as MessageKey;

function WizardForm({
  application,
  step,
  uscc,
}: {
  application: ApplicationView;
  step: StepId;
  uscc?: string;
}) {
  const { t, locale } = useI18n();
  const client = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const id = application.id;
  const [doc, setDoc] = useState<Draft>(() => {
    const saved = application.document as Draft;
    // The lead is the signed-in unit (the service refuses any other USCC).
    return { ...saved, callId: application.callId, lead: { uscc, ...saved.lead } };
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [hints, setHints] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);

  const set = useCallback((path: Path, value: unknown) => {
    setDoc((d) => setIn(d, path, value));
    const p = pathString(path);
    const drop = (m: Record<string, string>) => {
      if (!(p in m)) return m;
      const { [p]: _gone, ...rest } = m;
      return rest;
    };
    setErrors(drop);
    setHints(drop);
  }, []);

  /** Saves this step's parts (a merge patch); a refusal's messages go next to their fields. */
  const save = useCallback(async (): Promise<boolean> => {
    const patch = stepPatch(step, doc);
    if (Object.keys(patch).length === 0) return true;
    try {
      const view = await patchDraft(id, patch);
      client.setQueryData(['application', id], view);
      setErrors({});
      setGeneral([]);
      setSavedAt(view.updatedAt);
      return true;
    } catch (err) {
      if (err instanceof ApiError && err.problem) {
        const fields: Record<string, string> = {};
        const rest: string[] = [];
        for (const e of err.problem.errors ?? []) {
          const text = locale === 'zh-CN' ? e.messageZh : e.message;
          const path = e.path.replace(/^body\./, '');
          if (path && path !== 'body') fields[path] = text;
          rest.push(`${path}: ${text}`);
        }
        setErrors(fields);
        setGeneral(rest.length > 0 ? rest : [locale === 'zh-CN' ? err.problem.titleZh : err.message]);
      } else setGeneral([t('common.unavailable')]);
      return false;
    }
  }, [step, doc, id, client, locale, t]);

  const go: Go = useCallback(
    (next, hash) => {
      if (saving) return;
      setSaving(true);
      void save()
        .then((ok) => {
          if (ok) navigate(`/workspace/applications/${id}/edit/${next}${hash ? `#${hash}` : ''}`);
        })
        .finally(() => setSaving(false));
    },
    [saving, save, navigate, id],
  );

  const submit = async (key: string) => {
    const view = await submitApplication(id, key);
    client.setQueryData(['application', id], view);
    void client.invalidateQueries({ queryKey: ['applications'] });
    navigate(`/workspace/applications/${id}`);
  };

  // A link to a field (from a finding) lands on it.
  useEffect(() => {
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (target) {
      target.scrollIntoView({ block: 'center' });
      target.focus();
    }
  }, [step, location.hash]);

  const state = useMemo(() => ({ doc, set, errors: { ...hints, ...errors } }), [doc, set, hints, errors]);
  const index = STEPS.indexOf(step);
  const prev = STEPS[index - 1];
  const next = STEPS[index + 1];
  const onFindings = useCallback(
    (findings: EligibilityFindingView[]) => {
      const byPath: Record<string, string> = {};
      for (const f of findings)
        if (!f.informational) byPath[f.path] = `${f.rule}：${locale === 'zh-CN' ? f.messageZh : f.message}`;
      setHints(byPath);
    },
    [locale],
  );

  const forms: Record<StepId, ReactNode> = {
    basic: <BasicStep />,
    lead: <LeadStep />,
    members: <MembersStep />,
    goals: <GoalsStep />,
    funding: <FundingStep />,
    governance: <GovernanceStep />,
    attachments: <AttachmentsStep application={application} />,
    commitment: <CommitmentStep application={application} go={go} />,
    review: (
      <ReviewStep application={application} go={go} save={save} submit={submit} onFindings={onFindings} />
    ),
  };

  return (
    <WizardContext.Provider value={state}>
      <nav aria-label={t('wizard.steps')} className="lz-wizard-steps">
        <ol>
          {STEPS.map((s, i) => (
            <li key={s}>
              <Link
                to={`/workspace/applications/${id}/edit/${s}`}
                aria-current={s === step ? 'step' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  go(s);
                }}
              >
                {i + 1}. {t(stepLabel(s))}
              </Link>
            </li>
          ))}
        </ol>
      </nav>
      <form
        className="lz-section lz-wizard-form"
        noValidate
        aria-labelledby="wizard-step"
        onSubmit={(e) => {
          e.preventDefault();
          if (next) go(next);
        }}
      >
        <h2 id="wizard-step">
          {t('wizard.stepOf', { n: index + 1, total: STEPS.length })} {t(stepLabel(step))}
        </h2>
        {forms[step]}
        {general.length > 0 && (
          <Alert type="error" showIcon title={t('wizard.saveFailed')} description={general.join('；')} />
        )}
        <div className="lz-wizard-nav">
          {prev && (
            <Button onClick={() => go(prev)} disabled={saving}>
              {t('wizard.prev')}
            </Button>
          )}
          {step !== 'review' && (
            <Button onClick={() => void save().then((ok) => ok && setSavedAt(new Date().toISOString()))}>
              {t('wizard.save')}
            </Button>
          )}
          {next && (
            <Button type="primary" htmlType="submit" loading={saving}>
              {t('wizard.next')}
            </Button>
          )}
          <span role="status" className="lz-muted">
            {savedAt ? t('wizard.saved') : ''}
          </span>
        </div>
      </form>
    </WizardContext.Provider>
  );
}

function Wizard({ id, step, uscc }: { id: string; step: string | undefined; uscc?: string }) {
  const { t } = useI18n();
  const application = useQuery({ queryKey: ['application', id], queryFn: () => getApplication(id) });
  const name = application.data?.document.name;
  usePageTitle(name ? t('wizard.titleOf', { name }) : t('wizard.title'), isNotFound(application.error));
  return (
    <QueryState isPending={application.isPending} error={application.error} refetch={application.refetch}>
      {() => {
        const a = application.data as ApplicationView;
        const heading = (
          <>
            <h1>{name ? t('wizard.titleOf', { name }) : t('wizard.title')}</h1>
            <p className="lz-lead">
              <Link to={`/workspace/applications/${id}`}>{t('wizard.toApplication')}</Link>
            </p>
          </>
        );
        if (!EDITABLE.has(a.status))
          return (
            <>
              {heading}
              <Alert type="info" showIcon title={t('wizard.notEditable')} />
            </>
          );
        if (!(STEPS as readonly string[]).includes(step ?? '')) {
          const resume = firstIncompleteStep(
            { ...(a.document as Draft), callId: a.callId },
            a.attachments.map((x) => x.category),
          );
          return <Navigate to={`/workspace/applications/${id}/edit/${resume}`} replace />;
        }
        return (
          <>
            {heading}
            <ReturnReasons application={a} />
            <WizardForm application={a} step={step as StepId} uscc={uscc} />
          </>
        );
      }}
    </QueryState>
  );
}

/**
 * 申报向导: the applicant's draft step by step (docs/SPEC.md §2, 3.2); leaving a step saves it, and
 * `/edit` alone resumes at the first incomplete step.
 */
export function Component() {
  const { applicationId = '', step } = useParams();
  return (
    <RequireSession roles={['applicant']}>
      {(s) => <Wizard id={applicationId} step={step} uscc={s.uscc} />}
    </RequireSession>
  );
}
