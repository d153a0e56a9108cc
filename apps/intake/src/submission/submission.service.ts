import { Inject, Injectable } from '@nestjs/common';
import { scopeOf } from '@lz/auth';
import { DEADLINES_CLOCK, type Clock } from '@lz/deadlines';
import { NotFoundProblem, PolicyViolationException } from '@lz/http';
import { OutboxWriter } from '@lz/messaging';
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
import { CreditFindingsRepository } from '../credit-findings/credit-findings.repository';
import { AttachmentsRepository, type AttachmentRow } from '../attachments/attachments.repository';
import { ApplicationsRepository, type ApplicationRow } from '../applications/applications.repository';
import {
  applicationView,
  assertEditable,
  ApplicationsService,
  type HttpActor,
} from '../applications/applications.service';
import type { ApplicationView } from '../applications/applications.schema';
import { PrismaService, type PrismaTx } from '../infra/prisma/prisma.service';
import type { Prisma } from '../infra/prisma/generated/client';
import { TimelineRepository } from '../timeline/timeline.repository';
import type { EligibilityView } from './submission.schema';

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
    private readonly applications: ApplicationsRepository,
    private readonly attachments: AttachmentsRepository,
    private readonly timeline: TimelineRepository,
    private readonly calls: CallsService,
    private readonly outbox: OutboxWriter,
    private readonly creditFindings: CreditFindingsRepository,
    @Inject(DEADLINES_CLOCK) private readonly clock: Clock,
  ) {}

  async eligibility(id: string, actor: HttpActor): Promise<EligibilityView> {
    return this.prisma.transaction(async (tx) => {
      const app = await this.applicationsService.lockForApplicant(tx, actor.principal, id);
      const { result, policyVersion } = await this.assess(tx, actor, app);
      return {
        eligible: result.eligible,
        policyVersion,
        findings: result.findings.map((f) => ({ ...f })),
      };
    });
  }

  async submit(id: string, actor: HttpActor): Promise<ApplicationView> {
    const view = await this.prisma.transaction(async (tx) => {
      const app = await this.applicationsService.lockForApplicant(tx, actor.principal, id);
      assertEditable(app);
      const { result, attachments } = await this.assess(tx, actor, app);
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
      const envelope = await this.outbox.add(tx, { type: APPLICATION_SUBMITTED_V1, data });
      await this.applications.insertRevision(tx, {
        applicationId: app.id,
        revision,
        document: doc as unknown as Prisma.InputJsonValue,
        attachments: snapshot as unknown as Prisma.InputJsonValue,
        findings: findings as unknown as Prisma.InputJsonValue,
        submittedAt: now,
        submittedBy: actor.principal.sub,
        submittedIp: actor.ip ?? null,
        commitmentAttachmentId: doc.commitment.attachmentId,
        eventId: envelope.id,
      });
      const updated = await this.applications.setStatus(tx, app.id, 'SUBMITTED', {
        revision,
        submittedAt: now,
      });
      await this.timeline.add(tx, {
        applicationId: app.id,
        status: 'SUBMITTED',
        source: 'intake',
        eventId: envelope.id,
        eventType: APPLICATION_SUBMITTED_V1,
        occurredAt: now,
        note: revision > 1 ? `revision ${revision} (resubmitted after return)` : `revision ${revision}`,
      });
      await recordAudit(tx, actor, {
        action: 'application.submitted',
        objectType: 'application',
        objectId: app.id,
        detail: {
          revision,
          eventId: envelope.id,
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
      });
      return applicationView(updated, attachments);
    });
    return view;
  }

  private async assess(tx: PrismaTx, actor: HttpActor, app: ApplicationRow): Promise<Assessment> {
    const call = await this.calls.find(tx, app.callId);
    if (!call) throw new NotFoundProblem('call');
    const attachments = await this.attachments.listVisible(tx, scopeOf(actor.principal), app.id);
    const otherOpen = await this.applications.otherOpenForLead(
      tx,
      app.leadUscc,
      app.callId,
      app.id,
      OPEN_APPLICATION_STATUSES,
    );
    // 5.3a: the findings in effect today against the lead or any member, read from the current state.
    const doc = (app.document ?? {}) as { lead?: { uscc?: unknown }; members?: { uscc?: unknown }[] };
    const usccs = [
      doc.lead?.uscc,
      ...(Array.isArray(doc.members) ? doc.members.map((m) => m?.uscc) : []),
    ].filter((u): u is string => typeof u === 'string');
    const credit = await this.creditFindings.activeFor(tx, usccs, shanghaiDate(this.clock.now()));
    const result = checkEligibility(
      app.document as never,
      {
        attachments: attachments.map((a) => ({
          id: a.id,
          category: a.category as AttachmentRow['category'] as never,
        })),
        callOpen: this.calls.isOpen(call),
        otherOpenApplicationForLead: otherOpen,
        activeCreditFindings: credit.map((f) => ({
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
