import { Injectable } from '@nestjs/common';
import type { Principal } from '@lz/auth';
import { ConflictProblem, NotFoundProblem } from '@lz/http';
import { OutboxWriter } from '@lz/messaging';
import { recordAudit } from '@lz/platform';
import {
  acceptsSubmission,
  PRELIMINARY_DECIDED_V1,
  statusAfterPreliminary,
  type ApplicationSubmittedV1,
  toJurisdictionCode,
} from '@lz/policy';
import { ReviewCaseRepository } from '../cases/review-case.repository';
import { assertStepAllowed } from '../cases/review-case.status';
import type { ReviewCase } from '../infra/prisma/generated/client';
import { PrismaService, type PrismaTx } from '../infra/prisma/prisma.service';
import { PreliminaryDecisionRepository } from './preliminary.repository';
import type { PreliminaryDecisionBody, QueueQuery } from './preliminary.schema';

export type ReviewerPrincipal = Extract<Principal, { role: 'reviewer' }>;

/** 区县、园区初审 (docs/SPEC.md §3.3): the queue of one jurisdiction and its decisions. */
@Injectable()
export class PreliminaryService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly cases: ReviewCaseRepository,
    private readonly decisions: PreliminaryDecisionRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  /** A submission (or a resubmission after RETURNED) enters its jurisdiction's queue. Idempotent. */
  async receiveSubmission(
    tx: PrismaTx,
    data: ApplicationSubmittedV1,
    policyVersion: string,
  ): Promise<boolean> {
    const current = await this.cases.lockById(tx, data.applicationId);
    if (!acceptsSubmission(current, data.revision)) return false;
    const c = await this.cases.upsertSubmission(tx, {
      applicationId: data.applicationId,
      revision: data.revision,
      callId: data.callId,
      policyVersion,
      name: data.name,
      field: data.field,
      jurisdictionCode: data.jurisdictionCode,
      leadUscc: data.leadUscc,
      leadName: data.leadName,
      members: data.members,
      submittedAt: new Date(data.submittedAt),
    });
    await recordAudit(
      tx,
      { system: 'review.consumer' },
      {
        action: 'preliminary.queued',
        objectType: 'application',
        objectId: c.applicationId,
        detail: { revision: c.revision, jurisdictionCode: c.jurisdictionCode },
      },
    );
    return true;
  }

  /** One page of the reviewer's own jurisdiction's cases (docs/SPEC.md 3.3: its own only). */
  async queue(reviewer: ReviewerPrincipal, q: QueueQuery): Promise<{ rows: ReviewCase[]; total: number }> {
    return this.cases.queueOf(
      this.prisma,
      reviewer.jurisdiction,
      { callId: q.callId, statuses: [q.status] },
      q,
    );
  }

  async decide(
    reviewer: ReviewerPrincipal,
    ip: string | undefined,
    applicationId: string,
    body: PreliminaryDecisionBody,
  ) {
    const decidedAt = new Date();
    const result = await this.prisma.transaction(async (tx) => {
      const c = await this.cases.lockInJurisdiction(tx, reviewer.jurisdiction, applicationId);
      if (!c) throw new NotFoundProblem('application');
      assertStepAllowed('preliminaryDecision', c.status);
      if (body.revision !== undefined && body.revision !== c.revision) {
        throw new ConflictProblem(
          '3.3',
          `Revision ${body.revision} is not the current revision (${c.revision}) of the application`,
          `第 ${body.revision} 版不是该申报的当前版本(第 ${c.revision} 版)`,
          'revision',
        );
      }
      await this.decisions.create(tx, {
        applicationId,
        revision: c.revision,
        jurisdictionCode: c.jurisdictionCode,
        decision: body.decision,
        opinion: body.opinion,
        decidedBy: reviewer.sub,
        decidedAt,
      });
      const updated = await this.cases.setStatus(tx, applicationId, statusAfterPreliminary(body.decision));
      await this.outbox.add(tx, {
        type: PRELIMINARY_DECIDED_V1,
        policyVersion: c.policyVersion,
        data: {
          applicationId,
          revision: c.revision,
          jurisdictionCode: toJurisdictionCode(c.jurisdictionCode),
          decision: body.decision,
          opinion: body.opinion,
          decidedBy: reviewer.sub,
          decidedAt: decidedAt.toISOString(),
        },
      });
      await recordAudit(
        tx,
        { principal: reviewer, ip },
        {
          action: 'preliminary.decided',
          objectType: 'application',
          objectId: applicationId,
          detail: {
            revision: c.revision,
            decision: body.decision,
            opinion: body.opinion,
            policyVersion: c.policyVersion,
          },
        },
      );
      return updated;
    });
    return {
      applicationId,
      revision: result.revision,
      decision: body.decision,
      opinion: body.opinion,
      status: result.status,
      decidedAt: decidedAt.toISOString(),
    };
  }
}
