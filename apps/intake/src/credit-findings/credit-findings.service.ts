import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { scopeOf, type Principal } from '@lz/auth';
import { formatShanghaiIso } from '@lz/calendar';
import { DEADLINES_CLOCK, type Clock } from '@lz/deadlines';
import {
  EvidenceFiles,
  recordUpload,
  storedFileView,
  type EvidencePort,
  type StoredFileView,
  type Upload,
} from '@lz/evidence';
import { ConflictProblem, NotFoundProblem, pageOf, type Page } from '@lz/http';
import { OutboxWriter } from '@lz/messaging';
import { recordAudit, type AuditActor } from '@lz/platform';
import {
  CREDIT_FINDING_ENDED_V1,
  CREDIT_FINDING_RECORDED_V1,
  isCreditFindingActive,
  policyInForceAt,
  shanghaiDate,
  type ActiveCreditFinding,
  type CreditFindingObjectType,
} from '@lz/policy';
import { PrismaService, type PrismaTx } from '../infra/prisma/prisma.service';
import { CreditFindingsRepository, type CreditFindingRow } from './credit-findings.repository';
import type {
  CreditFindingView,
  EndCreditFinding,
  ListCreditFindingsQuery,
  RecordCreditFinding,
} from './credit-findings.schema';

export type Caller = AuditActor & { principal: Principal };

/**
 * 信用管理 (docs/SPEC.md 5.3a): the Bureau records a finding against a unit, with its evidence, and
 * may end it early with a reason. Each step is audited and travels through the outbox to the services
 * that enforce it; intake itself consults the findings in effect at the dry run and at submission.
 */
@Injectable()
export class CreditFindingsService implements EvidencePort {
  constructor(
    private readonly prisma: PrismaService,
    private readonly findings: CreditFindingsRepository,
    private readonly outbox: OutboxWriter,
    private readonly files: EvidenceFiles,
    @Inject(DEADLINES_CLOCK) private readonly clock: Clock,
  ) {}

  async record(body: RecordCreditFinding, caller: Caller): Promise<CreditFindingView> {
    const now = this.clock.now();
    const policy = policyInForceAt(now);
    if (!policy) {
      throw new ConflictProblem('5.3a', 'No policy version is in force today', '当前无生效的政策版本。');
    }
    const row = await this.prisma.transaction(async (tx) => {
      const id = randomUUID();
      const finding = await this.findings.insert(tx, {
        id,
        uscc: body.uscc,
        unitName: body.unitName,
        objectType: body.object.type,
        objectId: body.object.id,
        facts: body.facts,
        decisionRef: body.decisionRef,
        validFrom: body.period.from,
        validUntil: body.period.until,
        policyVersion: policy.version,
        recordedBy: caller.principal.sub,
        recordedAt: now,
      });
      const envelope = await this.outbox.add(tx, {
        type: CREDIT_FINDING_RECORDED_V1,
        data: {
          findingId: id,
          uscc: body.uscc,
          unitName: body.unitName,
          object: body.object,
          decisionRef: body.decisionRef,
          from: body.period.from,
          until: body.period.until,
          policyVersion: policy.version,
          recordedBy: caller.principal.sub,
          recordedAt: formatShanghaiIso(now),
        },
      });
      await recordAudit(tx, caller, {
        action: 'credit-finding.recorded',
        objectType: 'credit-finding',
        objectId: id,
        detail: {
          uscc: body.uscc,
          object: body.object,
          decisionRef: body.decisionRef,
          period: body.period,
          eventId: envelope.id,
        },
      });
      return finding;
    });
    return this.view(row);
  }

  /** Ends a finding in effect (or not yet in effect) from today, with a reason; an ended or expired one is a 409. */
  async end(id: string, body: EndCreditFinding, caller: Caller): Promise<CreditFindingView> {
    const now = this.clock.now();
    const today = shanghaiDate(now);
    const row = await this.prisma.transaction(async (tx) => {
      const finding = await this.findings.findForUpdate(tx, id);
      if (!finding) throw new NotFoundProblem('credit finding');
      if (finding.endedOn !== null) {
        throw new ConflictProblem(
          '5.3a',
          `The credit finding was already ended on ${finding.endedOn}`,
          `该信用记录已于${finding.endedOn}提前解除。`,
        );
      }
      if (finding.validUntil !== null && finding.validUntil < today) {
        throw new ConflictProblem(
          '5.3a',
          `The credit finding expired on ${finding.validUntil}; there is nothing to end`,
          `该信用记录已于${finding.validUntil}期满，无须解除。`,
        );
      }
      const ended = await this.findings.end(tx, id, {
        endedOn: today,
        endedReason: body.reason,
        endedBy: caller.principal.sub,
        endedAt: now,
      });
      const envelope = await this.outbox.add(tx, {
        type: CREDIT_FINDING_ENDED_V1,
        data: {
          findingId: id,
          uscc: finding.uscc,
          reason: body.reason,
          endedOn: today,
          endedBy: caller.principal.sub,
          endedAt: formatShanghaiIso(now),
        },
      });
      await recordAudit(tx, caller, {
        action: 'credit-finding.ended',
        objectType: 'credit-finding',
        objectId: id,
        detail: { uscc: finding.uscc, endedOn: today, reason: body.reason, eventId: envelope.id },
      });
      return ended;
    });
    return this.view(row);
  }

  async get(principal: Principal, id: string): Promise<CreditFindingView> {
    const row = await this.prisma.transaction((tx) => this.findings.findVisible(tx, scopeOf(principal), id));
    if (!row) throw new NotFoundProblem('credit finding');
    return this.view(row);
  }

  async list(principal: Principal, q: ListCreditFindingsQuery): Promise<Page<CreditFindingView>> {
    const today = shanghaiDate(this.clock.now());
    const { rows, total } = await this.prisma.transaction((tx) =>
      this.findings.page(tx, scopeOf(principal), q, today),
    );
    return pageOf(
      rows.map((r) => this.view(r)),
      total,
      q,
    );
  }

  /** 5.3a: the findings in effect now against these units, inside the caller's transaction. */
  async activeFor(tx: PrismaTx, usccs: readonly string[]): Promise<ActiveCreditFinding[]> {
    const rows = await this.findings.activeFor(tx, usccs, shanghaiDate(this.clock.now()));
    return rows.map((r) => ({
      findingId: r.id,
      uscc: r.uscc,
      decisionRef: r.decisionRef,
      until: r.validUntil,
    }));
  }

  // ---- evidence (@lz/evidence): officers upload, whoever sees the finding downloads ---------------

  async assertCanAdd(caller: Caller, findingId: string): Promise<void> {
    await this.prisma.transaction(async (tx) => {
      await this.lockForEvidence(tx, findingId);
    });
  }

  async add(caller: Caller, findingId: string, upload: Upload): Promise<StoredFileView> {
    const row = await recordUpload(this.files, upload, {
      transaction: (fn) => this.prisma.transaction(fn),
      guard: (tx: PrismaTx) => this.lockForEvidence(tx, findingId),
      count: (tx: PrismaTx) => this.findings.countEvidence(tx, findingId),
      insert: (tx: PrismaTx, file) =>
        this.findings.insertEvidence(tx, { ...file, findingId, uploadedBy: caller.principal.sub }),
      audit: (tx: PrismaTx, _row, file) =>
        recordAudit(tx, caller, {
          action: 'credit-finding-evidence.uploaded',
          objectType: 'credit-finding',
          objectId: findingId,
          detail: { evidenceId: file.id, ...file },
        }),
    });
    return storedFileView(row);
  }

  async download(principal: Principal, findingId: string, id: string) {
    const row = await this.prisma.transaction((tx) =>
      this.findings.findEvidenceVisible(tx, scopeOf(principal), findingId, id),
    );
    if (!row) throw new NotFoundProblem('evidence');
    return { row, bytes: await this.files.readVerified(row) };
  }

  private async lockForEvidence(tx: PrismaTx, findingId: string) {
    const finding = await this.findings.findForUpdate(tx, findingId);
    if (!finding) throw new NotFoundProblem('credit finding');
    if (finding.endedOn !== null) {
      throw new ConflictProblem(
        '5.3a',
        'The credit finding has been ended: no more evidence is added',
        '该信用记录已解除，不可再上传证据材料。',
        'status',
      );
    }
    return finding;
  }

  view(row: CreditFindingRow): CreditFindingView {
    const today = shanghaiDate(this.clock.now());
    return {
      id: row.id,
      uscc: row.uscc,
      unitName: row.unitName,
      object: { type: row.objectType as CreditFindingObjectType, id: row.objectId },
      facts: row.facts,
      decisionRef: row.decisionRef,
      period: { from: row.validFrom, until: row.validUntil },
      policyVersion: row.policyVersion,
      recordedAt: formatShanghaiIso(row.recordedAt),
      active: isCreditFindingActive(
        { from: row.validFrom, until: row.validUntil, endedOn: row.endedOn },
        today,
      ),
      ended:
        row.endedOn !== null && row.endedReason !== null && row.endedAt !== null
          ? { on: row.endedOn, reason: row.endedReason, at: formatShanghaiIso(row.endedAt) }
          : null,
      evidence: row.evidence.map((e) => storedFileView(e)),
    };
  }
}
