import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DEADLINES_CLOCK, type Clock } from '@lz/deadlines';
import { completeIdempotentRequest, NotFoundProblem, PolicyViolationException } from '@lz/http';
import { OutboxWriter } from '@lz/messaging';
import { writeBatch, type SqlClient } from '@lz/persistence';
import { recordAudit } from '@lz/platform';
import {
  applicationSubmittedData,
  APPLICATION_SUBMITTED_V1,
  applicationDocumentSchema,
  blockingFindings,
  checkEligibility,
  getPolicy,
  shanghaiDate,
  OPEN_APPLICATION_STATUSES,
  type ApplicationSubmittedV1,
  type EligibilityResult,
} from '@lz/policy';
import { CallsService } from '../calls/calls.service';
import type { AttachmentRow } from '../attachments/attachments.repository';
import type { ApplicationRow } from '../applications/applications.repository';
import {
  applicationView,
  assertEditable,
  ApplicationsService,
  type HttpActor,
} from '../applications/applications.service';
import type { ApplicationView } from '../applications/applications.schema';
import { PrismaService } from '../infra/prisma/prisma.service';
import type { EligibilityView } from './submission.schema';
import { SubmissionStore } from './submission.store';

interface Assessment {
  result: EligibilityResult;
  policyVersion: string;
  attachments: AttachmentRow[];
}

/** docs/SPEC.md §2 as a dry run, and the submission that freezes a revision and publishes it (outbox). */
@Injectable()
export class SubmissionService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly applicationsService: ApplicationsService,
    private readonly store: SubmissionStore,
    private readonly calls: CallsService,
    private readonly outbox: OutboxWriter,
    @Inject(DEADLINES_CLOCK) private readonly clock: Clock,
  ) {}

  async eligibility(id: string, actor: HttpActor): Promise<EligibilityView> {
    await this.refuseAllButTheLead(actor, id);
    return this.prisma.sqlTransaction(async (tx) => {
      const app = await this.lockForApplicant(tx, actor, id);
      const { result, policyVersion } = await this.assess(tx, app);
      return {
        eligible: result.eligible,
        policyVersion,
        findings: result.findings.map((f) => ({ ...f })),
      };
    });
  }

  /**
   * One transaction on node-postgres (bench/intake-burst/README.md): the Idempotency-Key's claim
   * (by the runner), the row lock, one read of the eligibility inputs, then the outbox event, the
   * frozen revision, the status, the timeline entry, the audit row and the key's answer as one batch
   * of writes — committed together or not at all.
   */
  async submit(id: string, actor: HttpActor): Promise<ApplicationView> {
    await this.refuseAllButTheLead(actor, id);
    return this.prisma.sqlTransaction(async (tx) => {
      const app = await this.lockForApplicant(tx, actor, id);
      assertEditable(app);
      const { result, attachments } = await this.assess(tx, app);
      const blocking = blockingFindings(result);
      if (blocking.length > 0) {
        throw new PolicyViolationException(
          blocking,
          'The application does not meet the rules listed in errors (hard rules, or soft flags without a justification)',
        );
      }
      const doc = applicationDocumentSchema.parse(app.document);
      const now = this.clock.now();
      const revision = app.revision + 1;
      const snapshot = attachments.map((a) => ({
        id: a.id,
        category: a.category as ApplicationSubmittedV1['attachments'][number]['category'],
        sha256: a.sha256,
        size: a.size,
        mediaType: a.mediaType,
      }));
      const findings = result.findings.map((f) => {
        const out: ApplicationSubmittedV1['findings'][number] = {
          rule: f.rule,
          severity: f.severity,
          path: f.path,
          message: f.message,
          messageZh: f.messageZh,
        };
        if (f.justified !== undefined) out.justified = f.justified;
        if (f.informational !== undefined) out.informational = f.informational;
        return out;
      });
      const data = applicationSubmittedData(doc, {
        applicationId: app.id,
        revision,
        submittedAt: now.toISOString(),
        submittedBy: actor.principal.sub,
        attachments: snapshot,
        findings,
      });
      const eventId = randomUUID();
      const updatedAt = new Date();
      const view = applicationView(
        { ...app, status: 'SUBMITTED', revision, submittedAt: now, updatedAt },
        attachments,
      );
      // Independent writes (none reads another's rows): one statement, one round trip.
      const batch = writeBatch(tx);
      await Promise.all([
        this.outbox.add(batch, { id: eventId, type: APPLICATION_SUBMITTED_V1, data }),
        this.store.insertRevision(batch, {
          applicationId: app.id,
          revision,
          document: doc,
          attachments: snapshot,
          findings,
          submittedAt: now,
          submittedBy: actor.principal.sub,
          submittedIp: actor.ip ?? null,
          commitmentAttachmentId: doc.commitment.attachmentId,
          eventId,
        }),
        this.store.markSubmitted(batch, app.id, revision, now, updatedAt),
        this.store.addTimeline(
          batch,
          {
            applicationId: app.id,
            status: 'SUBMITTED',
            source: 'intake',
            eventId,
            eventType: APPLICATION_SUBMITTED_V1,
            occurredAt: now,
            note: revision > 1 ? `revision ${revision} (resubmitted after return)` : `revision ${revision}`,
          },
          updatedAt,
        ),
        recordAudit(batch, actor, {
          action: 'application.submitted',
          objectType: 'application',
          objectId: app.id,
          detail: {
            revision,
            eventId,
            // docs/SPEC.md 5.3: the integrity commitment attested by this user, at this time, from this address.
            commitment: {
              attachmentId: doc.commitment.attachmentId,
              attestedBy: doc.commitment.attestedBy,
              attestedAt: doc.commitment.attestedAt,
              user: actor.principal.sub,
              at: now.toISOString(),
              ip: actor.ip ?? null,
            },
          },
        }),
        // The Idempotency-Key's answer in the same statement (@Idempotent({ oneTransaction: true })).
        completeIdempotentRequest(batch, view),
        batch.flush(),
      ]);
      return view;
    });
  }

  /**
   * Only the lead's applicant changes an application: anyone else gets 403 (can see it) or 404, as
   * ApplicationsService.lockForApplicant answers — before the submission's transaction opens.
   */
  private async refuseAllButTheLead(actor: HttpActor, id: string): Promise<void> {
    if (actor.principal.role === 'applicant') return;
    await this.prisma.transaction((ptx) =>
      this.applicationsService.lockForApplicant(ptx, actor.principal, id),
    );
  }

  /** The lead applicant's application, row-locked (404 when it is not theirs). */
  private async lockForApplicant(tx: SqlClient, actor: HttpActor, id: string): Promise<ApplicationRow> {
    const { principal } = actor;
    const app = principal.role === 'applicant' ? await this.store.lockOwned(tx, principal.uscc, id) : null;
    if (!app) throw new NotFoundProblem('application');
    return app;
  }

  private async assess(tx: SqlClient, app: ApplicationRow): Promise<Assessment> {
    // 5.3a: the findings in effect today against the lead or any member, read from the current state.
    const doc = (app.document ?? {}) as { lead?: { uscc?: unknown }; members?: { uscc?: unknown }[] };
    const usccs = [
      doc.lead?.uscc,
      ...(Array.isArray(doc.members) ? doc.members.map((m) => m?.uscc) : []),
    ].filter((u): u is string => typeof u === 'string');
    const inputs = await this.store.eligibilityInputs(
      tx,
      app,
      OPEN_APPLICATION_STATUSES,
      usccs,
      shanghaiDate(this.clock.now()),
    );
    const { call, attachments } = inputs;
    if (!call) throw new NotFoundProblem('call');
    const result = checkEligibility(
      app.document as never,
      {
        attachments: attachments.map((a) => ({
          id: a.id,
          category: a.category as AttachmentRow['category'] as never,
        })),
        callOpen: this.calls.isOpen(call),
        otherOpenApplicationForLead: inputs.otherOpenForLead,
        activeCreditFindings: inputs.activeCreditFindings.map((f) => ({
          findingId: f.id,
          uscc: f.uscc,
          decisionRef: f.decisionRef,
          until: f.validUntil,
        })),
      },
      getPolicy(call.policyVersion),
    );
    return { result, policyVersion: call.policyVersion, attachments };
  }
}
