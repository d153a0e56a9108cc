import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { formatShanghaiIso } from '@lz/calendar';
import { DEADLINES_CLOCK, type Clock } from '@lz/deadlines';
import { ConflictProblem, NotFoundProblem, pageOf, ProblemException, type Page } from '@lz/http';
import { OutboxWriter } from '@lz/messaging';
import { recordAudit, type AuditActor } from '@lz/platform';
import { OBJECTION_FILED_V1 } from '@lz/policy';
import { PrismaService } from '../infra/prisma/prisma.service';
import { ItemDecisionService } from '../items/item-decision.service';
import type {
  FileObjectionBody,
  ListObjectionsQuery,
  ObjectionReceipt,
  ObjectionView,
  ResolveObjectionBody,
} from './objections.schema';
import { ObjectionsRepository } from './objections.repository';
import { newReceiptNumber } from './receipt-number';

/** Draws of a receipt number before giving up (a clash is one in 10⁸ at 300 objections a year). */
const RECEIPT_DRAWS = 5;

/** Public objection requests per client and minute; more → 429. */
export const OBJECTION_RATE_LIMIT = { requests: 10, windowMs: 60_000 } as const;

type ObjectionRow = NonNullable<Awaited<ReturnType<ObjectionsRepository['find']>>>;

/** Objections (异议, docs/SPEC.md §3.5): filed by anyone during the period, resolved by an officer. */
@Injectable()
export class ObjectionsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly objections: ObjectionsRepository,
    private readonly items: ItemDecisionService,
    private readonly outbox: OutboxWriter,
    @Inject(DEADLINES_CLOCK) private readonly clock: Clock,
  ) {}

  /** Counts the request against the client's window; throws 429 over the limit. */
  async limit(clientIp: string | undefined): Promise<void> {
    const now = this.clock.now().getTime();
    const windowStart = new Date(now - (now % OBJECTION_RATE_LIMIT.windowMs));
    const hits = await this.prisma.transaction((tx) =>
      this.objections.hit(tx, `objection:${clientIp ?? 'unknown'}`, windowStart),
    );
    if (hits > OBJECTION_RATE_LIMIT.requests) {
      throw new ProblemException('http.too_many_requests', {
        detail: `At most ${OBJECTION_RATE_LIMIT.requests} objections a minute from one client; try again later`,
        errors: [
          {
            rule: 'rate-limit',
            path: '',
            message: `At most ${OBJECTION_RATE_LIMIT.requests} objection requests per minute per client`,
            messageZh: `同一客户端每分钟最多提交 ${OBJECTION_RATE_LIMIT.requests} 次异议`,
          },
        ],
      });
    }
  }

  /**
   * Files an objection while the notice is open: `filedAt <= endsAt` by the service clock, and the
   * expiry has not fired. The item row is locked first, so an objection either commits before the
   * expiry decides the item (and is seen by it) or is refused.
   */
  async file(noticeId: string, body: FileObjectionBody, actor: AuditActor & { ip?: string }) {
    const id = randomUUID();
    const filedAt = this.clock.now();
    return this.prisma.transaction(async (tx) => {
      const [item] = await this.items.lockItems(tx, [body.applicationId]);
      if (!item || item.notice_id !== noticeId) {
        if (!(await this.objections.noticeExists(tx, noticeId))) throw new NotFoundProblem('notice');
        throw new ProblemException('input.invalid', {
          detail: 'The application is not an item of this notice',
          errors: [
            {
              rule: '3.5',
              path: 'applicationId',
              message: `Application ${body.applicationId} is not on notice ${noticeId}`,
              messageZh: `申报 ${body.applicationId} 不在该公示中`,
            },
          ],
        });
      }
      if (item.notice_status !== 'OPEN' || filedAt.getTime() > item.ends_at.getTime()) {
        throw new ConflictProblem(
          '3.5',
          `The notice's period ended at ${formatShanghaiIso(item.ends_at)}; objections are accepted only while it is open`,
          `公示期已于 ${formatShanghaiIso(item.ends_at)} 结束,仅在公示期内可提出异议`,
        );
      }
      const year = Number(formatShanghaiIso(filedAt).slice(0, 4));
      let receiptNo = '';
      for (let draw = 0; !receiptNo; draw += 1) {
        if (draw === RECEIPT_DRAWS) throw new Error(`no free receipt number in ${RECEIPT_DRAWS} draws`);
        const candidate = newReceiptNumber(year);
        const inserted = await this.objections.insert(tx, {
          id,
          receiptNo: candidate,
          noticeId,
          applicationId: body.applicationId,
          reason: body.reason,
          contactName: body.contact.name,
          contactPhone: body.contact.phone,
          clientIp: actor.ip,
          filedAt,
        });
        if (inserted) receiptNo = candidate;
      }
      await this.outbox.add(tx, {
        type: OBJECTION_FILED_V1,
        data: {
          objectionId: id,
          noticeId,
          applicationId: body.applicationId,
          reason: body.reason,
          filedAt: filedAt.toISOString(),
        },
      });
      await recordAudit(tx, actor, {
        action: 'objection.filed',
        objectType: 'objection',
        objectId: id,
        detail: { noticeId, applicationId: body.applicationId },
      });
      return {
        id,
        receiptNo,
        noticeId,
        applicationId: body.applicationId,
        status: 'PENDING' as const,
        filedAt: filedAt.toISOString(),
      };
    });
  }

  /**
   * Resolves a PENDING objection. UPHELD contests the item at once (docs/SPEC.md §3.6: an upheld objection
   * ends the application — it need not wait for the period). DISMISSED of the last pending objection
   * of an item whose notice has expired clears it. Both in this transaction, each item once.
   */
  async resolve(
    id: string,
    body: ResolveObjectionBody,
    actor: AuditActor & { principal: { sub: string } },
  ): Promise<ObjectionView> {
    return this.prisma.transaction(async (tx) => {
      const existing = await this.objections.find(tx, id);
      if (!existing) throw new NotFoundProblem('objection');
      const locked = await this.items.lockItems(tx, [existing.applicationId]);
      const resolvedAt = this.clock.now();
      const done = await this.objections.resolve(tx, id, {
        outcome: body.outcome,
        reason: body.reason,
        resolvedBy: actor.principal.sub,
        resolvedAt,
      });
      if (!done) {
        throw new ConflictProblem('3.5', 'The objection has already been resolved', '该异议已处理');
      }
      const decisions = await this.items.decide(tx, locked);
      await recordAudit(tx, actor, {
        action: 'objection.resolved',
        objectType: 'objection',
        objectId: id,
        detail: {
          outcome: body.outcome,
          applicationId: existing.applicationId,
          item: decisions[0]?.to ?? locked[0]?.status,
        },
      });
      const resolved = await this.objections.find(tx, id);
      if (!resolved) throw new NotFoundProblem('objection');
      return { ...view(resolved), itemStatus: decisions[0]?.to ?? locked[0]?.status };
    });
  }

  /** Officers: one page of the objections of every notice, or of `query.noticeId`'s. */
  async list(query: ListObjectionsQuery): Promise<Page<ObjectionView>> {
    const { rows, total } = await this.prisma.transaction((tx) => this.objections.page(tx, query));
    return pageOf(rows.map(view), total, query);
  }

  /** Officers: one page of one notice's objections; an unknown notice is a 404. */
  async listForNotice(noticeId: string, query: Omit<ListObjectionsQuery, 'noticeId'>) {
    const { rows, total } = await this.prisma.transaction(async (tx) => {
      if (!(await this.objections.noticeExists(tx, noticeId))) throw new NotFoundProblem('notice');
      return this.objections.page(tx, { ...query, noticeId });
    });
    return pageOf(rows.map(view), total, query);
  }

  /** Anyone with the receipt number: the status and the decision's public reason, nothing else. */
  async receipt(receiptNo: string): Promise<ObjectionReceipt> {
    const o = await this.prisma.transaction((tx) => this.objections.findByReceipt(tx, receiptNo));
    if (!o) throw new NotFoundProblem('objection receipt');
    return {
      receiptNo: o.receiptNo,
      status: o.status as ObjectionReceipt['status'],
      resolution:
        o.resolvedAt && o.resolutionReason
          ? { reason: o.resolutionReason, resolvedAt: formatShanghaiIso(o.resolvedAt) }
          : null,
    };
  }
}

function view(o: ObjectionRow): ObjectionView {
  return {
    id: o.id,
    receiptNo: o.receiptNo,
    noticeId: o.noticeId,
    applicationId: o.applicationId,
    itemName: o.item.name,
    reason: o.reason,
    contact: { name: o.contactName, phone: o.contactPhone },
    filedAt: o.filedAt.toISOString(),
    status: o.status as ObjectionView['status'],
    resolution:
      o.resolvedAt && o.resolvedBy && o.resolutionReason
        ? { reason: o.resolutionReason, resolvedBy: o.resolvedBy, resolvedAt: o.resolvedAt.toISOString() }
        : null,
  };
}
