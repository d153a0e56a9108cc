import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions } from 'antd';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatFen } from '@lz/policy';
import {
  carriesAmount,
  claimQuery,
  evidencePath,
  submitClaim,
  uploadClaimEvidence,
  type ClaimView,
} from '../../api/claims';
import type { StoredFile } from '../../api/files';
import { ApiError, isNotFound, newIdempotencyKey } from '../../api/http';
import { useI18n } from '../../i18n/i18n';
import { RequireSession } from '../../session/session';
import { formatInstant } from '../../shared/format';
import { usePageTitle } from '../../shared/page-title';
import { problemMessages } from '../../shared/problem-fields';
import { QueryState } from '../../shared/QueryState';
import { StatusTag } from '../../shared/StatusTag';
import { StoredFiles } from '../../shared/StoredFiles';
import { categoryText, claimStatusLabel } from './ClaimsPage';

/**
 * What is left under the 4.3/4.4 cap for this claim's platform or project over all tranches — the
 * subsidy service's own figure (the one a grant is checked against).
 */
function CapLeft({ claim }: { claim: ClaimView }) {
  const { t } = useI18n();
  if (!claim.cap) return null;
  return (
    <p data-testid="cap-left">
      {t('claim.capLeft', {
        cap: formatFen(claim.cap.capFen),
        granted: formatFen(claim.cap.grantedFen),
        left: formatFen(claim.cap.leftFen),
      })}
    </p>
  );
}

function Claim({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const client = useQueryClient();
  const claim = useQuery(claimQuery(id));
  usePageTitle(claim.data?.subject.name ?? t('claim.title'), isNotFound(claim.error));
  // One key per attempt: a double click submits once.
  const [key, setKey] = useState(newIdempotencyKey);
  const submit = useMutation({
    mutationFn: () => submitClaim(id, key),
    onSuccess: (view) => client.setQueryData(claimQuery(id).queryKey, view),
    onError: () => setKey(newIdempotencyKey()),
  });
  // A second click while the first is on its way is ignored here (and answered once by the key).
  const inFlight = useRef(false);
  const onSubmit = () => {
    if (inFlight.current) return;
    inFlight.current = true;
    submit.mutate(undefined, { onSettled: () => (inFlight.current = false) });
  };
  const refresh = () => void client.invalidateQueries({ queryKey: claimQuery(id).queryKey });
  return (
    <QueryState isPending={claim.isPending} error={claim.error} refetch={claim.refetch}>
      {() => {
        const c = claim.data as ClaimView;
        const draft = c.status === 'DRAFT';
        const decided = c.status === 'GRANTED' || c.status === 'REJECTED';
        return (
          <article aria-labelledby="claim-title">
            <h1 id="claim-title">{c.subject.name}</h1>
            <p>
              <Link to={`/workspace/consortia/${c.consortiumId}`}>{t('claim.consortium')}</Link>
              {' · '}
              <Link to="/workspace/claims">{t('claims.heading')}</Link>
            </p>
            <section className="lz-section" aria-label={t('claim.title')}>
              <Descriptions
                size="small"
                column={{ xs: 1, md: 2 }}
                items={[
                  {
                    key: 'status',
                    label: t('claims.col.status'),
                    children: (
                      <StatusTag
                        tone={
                          c.status === 'GRANTED' ? 'success' : c.status === 'REJECTED' ? 'danger' : 'info'
                        }
                      >
                        <span data-testid="claim-status">{t(claimStatusLabel(c.status))}</span>
                      </StatusTag>
                    ),
                  },
                  { key: 'category', label: t('claims.col.category'), children: categoryText(t, c.category) },
                  { key: 'ref', label: t('claims.form.subjectRef'), children: c.subject.ref },
                  {
                    key: 'amount',
                    label: t('claims.col.amount'),
                    children: carriesAmount(c.category) ? formatFen(c.amountFen) : t('claims.priority'),
                  },
                  {
                    key: 'submitted',
                    label: t('claim.submittedAt'),
                    children: formatInstant(c.submittedAt, locale),
                  },
                ]}
              />
              <CapLeft claim={c} />
            </section>
            {(decided || c.status === 'STOPPED') && (
              <section className="lz-section" aria-labelledby="claim-decision">
                <h2 id="claim-decision">{t('claim.decision')}</h2>
                <Descriptions
                  size="small"
                  column={1}
                  items={[
                    {
                      key: 'outcome',
                      label: t('claims.col.status'),
                      children: t(claimStatusLabel(c.status)),
                    },
                    ...(carriesAmount(c.category)
                      ? [
                          {
                            key: 'granted',
                            label: t('claim.granted'),
                            children: <span data-testid="claim-granted">{formatFen(c.grantedFen)}</span>,
                          },
                        ]
                      : []),
                    { key: 'opinion', label: t('claim.opinion'), children: c.opinion ?? '—' },
                    {
                      key: 'decidedAt',
                      label: t('claim.decidedAt'),
                      children: formatInstant(c.decidedAt ?? c.stoppedAt, locale),
                    },
                    ...(c.budgetYear
                      ? [{ key: 'budget', label: t('claim.budgetYear'), children: c.budgetYear }]
                      : []),
                  ]}
                />
              </section>
            )}
            <section className="lz-section" aria-labelledby="claim-evidence">
              <h2 id="claim-evidence">{t('claim.evidence')}</h2>
              {draft && <p className="lz-lead">{t('claim.evidenceLead')}</p>}
              <StoredFiles<StoredFile>
                id="f-claim-evidence"
                caption={t('claim.evidence')}
                files={c.evidence}
                downloadPath={(f) => evidencePath(c.id, f.id)}
                upload={(file, onProgress) => uploadClaimEvidence(c.id, file, onProgress)}
                onChanged={() => {
                  submit.reset(); // a refusal for missing evidence no longer holds
                  refresh();
                }}
                disabled={!draft}
              />
            </section>
            {draft && (
              <section className="lz-section">
                {submit.error && (
                  <Alert
                    type="error"
                    showIcon
                    title={
                      submit.error instanceof ApiError && (submit.error.problem?.errors ?? []).length > 0
                        ? (submit.error.problem?.errors ?? [])
                            .map((e) =>
                              t('claim.ruleError', {
                                rule: e.rule,
                                message: locale === 'zh-CN' ? e.messageZh : e.message,
                              }),
                            )
                            .join('；')
                        : problemMessages(submit.error, [], locale, t('common.unavailable')).general.join(
                            '；',
                          )
                    }
                  />
                )}
                <Button
                  type="primary"
                  data-testid="submit-claim"
                  loading={submit.isPending}
                  onClick={onSubmit}
                >
                  {t('claim.submit')}
                </Button>
              </section>
            )}
          </article>
        );
      }}
    </QueryState>
  );
}

/** One claim: its evidence while a draft, its submission, then the decision (docs/SPEC.md §4). */
export function Component() {
  const { claimId = '' } = useParams();
  return <RequireSession>{() => <Claim id={claimId} />}</RequireSession>;
}
