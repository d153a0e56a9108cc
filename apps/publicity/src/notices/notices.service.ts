import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { formatShanghaiIso } from '@lz/calendar';
import { DEADLINES_CLOCK, DeadlineScheduler, type Clock } from '@lz/deadlines';
import { ConflictProblem, NotFoundProblem, pageOf, ProblemException } from '@lz/http';
import { OutboxWriter } from '@lz/messaging';
import { recordAudit, type AuditActor } from '@lz/platform';
import { CURRENT_POLICY_VERSION, getPolicy, NOTICE_PUBLISHED_V1 } from '@lz/policy';
import { CalendarService } from '../calendar/calendar.service';
import { PrismaService, type PrismaTx } from '../infra/prisma/prisma.service';
import { CandidatesRepository } from '../items/candidates.repository';
import { countingRuleText, howToObjectText, noticePeriod } from './notice-period';
import { NOTICE_EXPIRY } from './notice-expiry.constants';
import { NoticesRepository } from './notices.repository';
import type {
  CandidateView,
  ListCandidatesQuery,
  ListNoticesQuery,
  NoticeView,
  PublishNoticeBody,
} from './notices.schema';

type NoticeWithItems = NonNullable<Awaited<ReturnType<NoticesRepository['find']>>>;

/** Publishing notices (docs/SPEC.md §3.5) and reading them (public). */
@Injectable()
export class NoticesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly notices: NoticesRepository,
    private readonly candidates: CandidatesRepository,
    private readonly calendar: CalendarService,
    private readonly scheduler: DeadlineScheduler,
    private readonly outbox: OutboxWriter,
    @Inject(DEADLINES_CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Publishes a notice of TO_BE_FILED applications not on another notice: the notice, its items, its
   * expiry deadline row, `publicity.notice.published.v1` and the audit row in one transaction; the
   * delayed job after commit (the reconciler re-creates it if that is lost).
   */
  async publish(
    body: PublishNoticeBody,
    actor: AuditActor & { principal: { sub: string } },
  ): Promise<NoticeView> {
    const now = this.clock.now();
    // Whole seconds: the instant printed on the notice is the one stored and counted from.
    const publishedAt = new Date(
      Math.floor((body.publishedAt ? new Date(body.publishedAt) : now).getTime() / 1000) * 1000,
    );
    if (publishedAt.getTime() > now.getTime()) {
      throw new ProblemException('input.invalid', {
        detail: 'publishedAt may not be in the future',
        errors: [
          {
            rule: '3.5',
            path: 'publishedAt',
            message: 'publishedAt may be now or earlier (a notice already posted elsewhere), never later',
            messageZh: '公示发布时间不得晚于当前时间',
          },
        ],
      });
    }
    const policyVersion = CURRENT_POLICY_VERSION;
    const parameters = getPolicy(policyVersion).publicity;
    const id = randomUUID();
    await this.prisma.transaction(async (tx) => {
      const found = await this.candidates.findMany(tx, body.applicationIds);
      const byId = new Map(found.map((c) => [c.applicationId, c]));
      body.applicationIds.forEach((appId, i) => {
        if (byId.get(appId)?.decision !== 'TO_BE_FILED') {
          throw new ConflictProblem(
            '3.5',
            `Application ${appId} is not decided "to be filed" by the city review, so it cannot be published`,
            `申报 ${appId} 未经市级审查拟备案,不能公示`,
            `applicationIds[${i}]`,
          );
        }
      });
      await this.calendar.lockForUse(tx);
      const period = noticePeriod(publishedAt, parameters, await this.calendar.current(tx));
      await this.notices.insert(tx, {
        id,
        title: body.title,
        period,
        policyVersion,
        publishedBy: actor.principal.sub,
      });
      const candidates = found; // every id was found TO_BE_FILED above
      candidates.sort(
        (a, b) => body.applicationIds.indexOf(a.applicationId) - body.applicationIds.indexOf(b.applicationId),
      );
      const already = await this.notices.insertItems(tx, id, candidates);
      if (already.length > 0) {
        const i = body.applicationIds.indexOf(already[0]);
        throw new ConflictProblem(
          '3.5',
          `Application ${already[0]} is already on a notice`,
          `申报 ${already[0]} 已在其他公示中`,
          `applicationIds[${i}]`,
        );
      }
      await this.scheduler.schedule(tx, {
        kind: NOTICE_EXPIRY,
        subjectId: id,
        dueAt: period.endsAt,
        provisional: period.provisional,
      });
      await this.outbox.add(tx, {
        type: NOTICE_PUBLISHED_V1,
        data: {
          noticeId: id,
          title: body.title,
          publishedAt: formatShanghaiIso(period.publishedAt),
          endsAt: formatShanghaiIso(period.endsAt),
          workingDays: period.workingDays,
          countingRule: period.countingRule,
          closingTime: period.closingTime,
          provisional: period.provisional,
          items: candidates.map((c) => ({
            applicationId: c.applicationId,
            name: c.name,
            leadUscc: c.leadUscc,
            leadName: c.leadName,
          })),
        },
      });
      await recordAudit(tx, actor, {
        action: 'notice.published',
        objectType: 'notice',
        objectId: id,
        detail: {
          applicationIds: body.applicationIds,
          publishedAt: period.publishedAt.toISOString(),
          endsAt: period.endsAt.toISOString(),
          provisional: period.provisional,
        },
      });
    });
    return this.get(id);
  }

  async get(id: string): Promise<NoticeView> {
    const view = await this.prisma.transaction(async (tx) => {
      const notice = await this.notices.find(tx, id);
      if (!notice) return null;
      return (await this.views(tx, [notice]))[0];
    });
    if (!view) throw new NotFoundProblem('notice');
    return view;
  }

  /** What the next notice may carry: TO_BE_FILED applications on no notice yet (officer). */
  async candidatesToPublish(query: ListCandidatesQuery) {
    return this.prisma.transaction(async (tx) => {
      const [rows, total] = await this.candidates.listUnpublished(tx, query);
      const items: CandidateView[] = rows.map((c) => ({
        applicationId: c.applicationId,
        revision: c.revision,
        name: c.name,
        field: c.field,
        leadName: c.leadName,
        leadUscc: c.leadUscc,
        jurisdictionCode: c.jurisdictionCode,
        decidedAt: formatShanghaiIso(c.decidedAt),
      }));
      return pageOf(items, total, query);
    });
  }

  async list(query: ListNoticesQuery) {
    return this.prisma.transaction(async (tx) => {
      const [notices, total] = await this.notices.list(tx, query);
      return pageOf(await this.views(tx, notices), total, query);
    });
  }

  private async views(tx: PrismaTx, notices: NoticeWithItems[]): Promise<NoticeView[]> {
    const counts = await this.notices.objectionCounts(
      tx,
      notices.map((n) => n.id),
    );
    const count = (applicationId: string, status: string) =>
      counts.find((c) => c.applicationId === applicationId && c.status === status)?._count._all ?? 0;
    const now = this.clock.now();
    return notices.map((n) => {
      const endsAtIso = formatShanghaiIso(n.endsAt);
      const parameters = {
        workingDays: n.workingDays,
        countingRule: 'NEXT_DAY' as const,
        closingTime: n.closingTime,
      };
      return {
        id: n.id,
        title: n.title,
        status: n.status as NoticeView['status'],
        acceptingObjections: n.status === 'OPEN' && now.getTime() <= n.endsAt.getTime(),
        publishedAt: formatShanghaiIso(n.publishedAt),
        endsAt: endsAtIso,
        lastWorkingDay: n.lastWorkingDay,
        workingDays: n.workingDays,
        countingRule: 'NEXT_DAY',
        closingTime: n.closingTime,
        provisional: n.provisional,
        unknownYears: n.unknownYears,
        policyVersion: n.policyVersion,
        period: countingRuleText(parameters),
        howToObject: howToObjectText(n.id, n.lastWorkingDay, n.closingTime),
        items: n.items.map((i) => ({
          applicationId: i.applicationId,
          name: i.name,
          field: i.field,
          leadName: i.leadName,
          leadUscc: i.leadUscc,
          status: i.status as NoticeView['items'][number]['status'],
          objections: {
            pending: count(i.applicationId, 'PENDING'),
            upheld: count(i.applicationId, 'UPHELD'),
            dismissed: count(i.applicationId, 'DISMISSED'),
          },
        })),
      };
    });
  }
}
