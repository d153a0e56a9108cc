import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { formatShanghaiIso } from '@lz/calendar';
import { DEADLINES_CLOCK, type Clock } from '@lz/deadlines';
import { ConflictProblem, NotFoundProblem, pageOf, PolicyViolationException, type Page } from '@lz/http';
import { recordAudit, type AuditActor } from '@lz/platform';
import { isCallOpen } from '@lz/policy';
import { PrismaService, type PrismaTx } from '../infra/prisma/prisma.service';
import { CallsRepository, type CallRow } from './calls.repository';
import type { CallView, CloseCall, CreateCall, ListCallsQuery } from './calls.schema';

@Injectable()
export class CallsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly calls: CallsRepository,
    @Inject(DEADLINES_CLOCK) private readonly clock: Clock,
  ) {}

  /** Publishes a call. A second call in the same year needs a written justification (docs/SPEC.md 3.1). */
  async create(body: CreateCall, actor: AuditActor & { principal: { sub: string } }): Promise<CallView> {
    const row = await this.prisma.transaction(async (tx) => {
      await this.calls.lockYear(tx, body.year);
      const already = await this.calls.countInYear(tx, body.year);
      if (already > 0 && !body.justification) {
        throw new PolicyViolationException([
          {
            rule: '3.1',
            path: 'justification',
            message: `A call for ${body.year} already exists; in principle there is one call a year, so a second one needs a written justification.`,
            messageZh: `${body.year}年度已发布申报通知,原则上每年集中申报1次,再次发布须书面说明理由。`,
          },
        ]);
      }
      const call = await this.calls.insert(tx, {
        id: randomUUID(),
        year: body.year,
        title: body.title,
        opensAt: new Date(body.opensAt),
        closesAt: new Date(body.closesAt),
        policyVersion: body.policyVersion,
        justification: body.justification ?? null,
        createdBy: actor.principal.sub,
      });
      await recordAudit(tx, actor, {
        action: 'call.published',
        objectType: 'call',
        objectId: call.id,
        detail: { year: call.year, secondInYear: already > 0 },
      });
      return call;
    });
    return this.view(row);
  }

  /**
   * Closes an open call now (提前截止): from this instant no application of it can be submitted
   * (docs/SPEC.md 3.1); the reason goes to the audit trail. A call not open now is a 409.
   */
  async close(id: string, body: CloseCall, actor: AuditActor): Promise<CallView> {
    const row = await this.prisma.transaction(async (tx) => {
      const call = await this.calls.findForUpdate(tx, id);
      if (!call) throw new NotFoundProblem('call');
      const now = this.clock.now();
      if (!this.isOpen(call)) {
        const upcoming = call.opensAt.getTime() > now.getTime();
        throw new ConflictProblem(
          '3.1',
          upcoming
            ? 'The call has not opened yet; only an open call can be closed'
            : 'The call is already closed',
          upcoming ? '该申报通知尚未开始申报，只能截止正在申报中的通知。' : '该申报通知已截止。',
        );
      }
      const closed = await this.calls.close(tx, id, now);
      await recordAudit(tx, actor, {
        action: 'call.closed',
        objectType: 'call',
        objectId: id,
        detail: { year: call.year, plannedClosesAt: call.closesAt.toISOString(), reason: body.reason },
      });
      return closed;
    });
    return this.view(row);
  }

  async get(id: string): Promise<CallView> {
    const row = await this.prisma.transaction((tx) => this.calls.find(tx, id));
    if (!row) throw new NotFoundProblem('call');
    return this.view(row);
  }

  async list(q: ListCallsQuery): Promise<Page<CallView>> {
    const now = this.clock.now();
    const { rows, total } = await this.prisma.transaction((tx) => this.calls.page(tx, q, now));
    return pageOf(
      rows.map((r) => this.view(r)),
      total,
      q,
    );
  }

  /** The call of an application, for rules that need it inside the caller's transaction. */
  find(tx: PrismaTx, id: string): Promise<CallRow | null> {
    return this.calls.find(tx, id);
  }

  isOpen(call: CallRow): boolean {
    return isCallOpen(
      { opensAt: call.opensAt.toISOString(), closesAt: call.closesAt.toISOString() },
      this.clock.now(),
    );
  }

  view(row: CallRow): CallView {
    return {
      id: row.id,
      year: row.year,
      title: row.title,
      opensAt: formatShanghaiIso(row.opensAt),
      closesAt: formatShanghaiIso(row.closesAt),
      policyVersion: row.policyVersion,
      justification: row.justification,
      open: this.isOpen(row),
    };
  }
}
