import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { scopeOf, type Principal, type Scope } from '@lz/auth';
import { formatShanghaiIso } from '@lz/calendar';
import { storedFileView } from '@lz/evidence';
import {
  ConflictProblem,
  InputProblem,
  NotFoundProblem,
  pageOf,
  PolicyViolationException,
  ProblemException,
  type Page,
} from '@lz/http';
import { recordAudit } from '@lz/platform';
import {
  applicationDraftSchema,
  zodErrorToProblemErrors,
  type ApplicationDocument,
  type ApplicationDraft,
  type ApplicationStatus,
} from '@lz/policy';
import { CallsService } from '../calls/calls.service';
import { AttachmentsRepository, type AttachmentRow } from '../attachments/attachments.repository';
import { PrismaService, type PrismaTx } from '../infra/prisma/prisma.service';
import type { Prisma } from '../infra/prisma/generated/client';
import { TimelineRepository } from '../timeline/timeline.repository';
import { ApplicationsRepository, type ApplicationRow } from './applications.repository';
import { mergePatch } from './merge-patch';
import { unstorableText } from './storable-text';
import type {
  ApplicationCounts,
  ApplicationCountsQuery,
  ApplicationView,
  AttachmentView,
  ListApplicationsQuery,
  ListRevisionsQuery,
  ListTimelineQuery,
  RevisionView,
  TimelineEntryView,
} from './applications.schema';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The statuses in which the applicant may replace the document (docs/SPEC.md 3.2: otherwise frozen). */
export const EDITABLE_STATUSES = ['DRAFT', 'RETURNED'] as const;

export interface HttpActor {
  principal: Principal;
  ip?: string;
}

/**
 * Drafts: create, replace whole, merge-patch, read (scoped), list; revisions and timeline views. A
 * draft needs only its call (docs/SPEC.md 3.2, C.2): what is present obeys the document's structure,
 * what is missing is reported by the eligibility dry run and refused at submission.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly applications: ApplicationsRepository,
    private readonly attachments: AttachmentsRepository,
    private readonly timeline: TimelineRepository,
    private readonly calls: CallsService,
  ) {}

  async create(doc: ApplicationDraft, actor: HttpActor): Promise<ApplicationView> {
    assertStorable(doc);
    const leadUscc = this.requireOwnLead(doc, actor.principal);
    const id = randomUUID();
    await this.prisma
      .transaction(async (tx) => {
        const call = UUID.test(doc.callId) ? await this.calls.find(tx, doc.callId) : null;
        if (!call) throw unknownCall();
        if (!this.calls.isOpen(call)) {
          throw new PolicyViolationException([
            {
              rule: 'C.1',
              path: 'callId',
              message: 'The call is not open: a draft can only be created while the call is open.',
              messageZh: '当前不在申报期内,无法创建申报。',
            },
          ]);
        }
        await this.applications.insert(tx, {
          id,
          callId: call.id,
          leadUscc,
          jurisdictionCode: doc.jurisdictionCode ?? null,
          createdBy: actor.principal.sub,
          document: doc as unknown as Prisma.InputJsonValue,
        });
        await this.timeline.add(tx, {
          applicationId: id,
          status: 'DRAFT',
          source: 'intake',
          occurredAt: new Date(),
        });
        await recordAudit(tx, actor, {
          action: 'application.created',
          objectType: 'application',
          objectId: id,
          detail: { callId: call.id, leadUscc },
        });
      })
      .catch((err: unknown) => {
        if (isOneOpenViolation(err)) throw oneOpenConflict();
        throw err;
      });
    return this.get(scopeOf(actor.principal), id);
  }

  /** Replaces the whole document while the application is DRAFT or RETURNED (else 409, docs/SPEC.md 3.2). */
  async replace(id: string, doc: ApplicationDraft, actor: HttpActor): Promise<ApplicationView> {
    assertStorable(doc);
    await this.prisma.transaction(async (tx) => {
      // Scope first (404 for another unit's application, whatever the body says), then state, then input.
      const app = await this.lockForApplicant(tx, actor.principal, id);
      assertEditable(app);
      await this.store(tx, app, doc, actor, 'application.replaced');
    });
    return this.get(scopeOf(actor.principal), id);
  }

  /**
   * JSON merge patch (RFC 7396) of the draft: an object member replaces or adds that member, `null`
   * removes it, objects merge recursively, anything else (arrays included) replaces the stored value.
   * The merged document must be a valid draft (400 naming the field otherwise, nothing stored).
   */
  async patch(id: string, patch: Record<string, unknown>, actor: HttpActor): Promise<ApplicationView> {
    await this.prisma.transaction(async (tx) => {
      const app = await this.lockForApplicant(tx, actor.principal, id);
      assertEditable(app);
      const merged = mergePatch(app.document, patch);
      assertStorable(merged);
      const parsed = applicationDraftSchema.safeParse(merged);
      if (!parsed.success) {
        throw new ProblemException('input.invalid', {
          detail: 'The patched document does not match the expected schema',
          errors: zodErrorToProblemErrors(parsed.error, ''),
        });
      }
      await this.store(tx, app, parsed.data, actor, 'application.patched');
    });
    return this.get(scopeOf(actor.principal), id);
  }

  private async store(
    tx: PrismaTx,
    app: ApplicationRow,
    doc: ApplicationDraft,
    actor: HttpActor,
    action: 'application.replaced' | 'application.patched',
  ): Promise<void> {
    const leadUscc = this.requireOwnLead(doc, actor.principal);
    if (doc.callId !== app.callId) {
      throw new InputProblem(
        'input.call_changed',
        'callId',
        'The call of an application cannot change.',
        '申报所属批次不可更改。',
      );
    }
    await this.applications.replaceDocument(tx, app.id, {
      document: doc as unknown as Prisma.InputJsonValue,
      // A returned application keeps the jurisdiction it was submitted to until another is chosen.
      jurisdictionCode: doc.jurisdictionCode ?? (app.status === 'DRAFT' ? null : app.jurisdictionCode),
    });
    await recordAudit(tx, actor, {
      action,
      objectType: 'application',
      objectId: app.id,
      detail: { leadUscc, status: app.status },
    });
  }

  async get(scope: Scope, id: string): Promise<ApplicationView> {
    return this.prisma.transaction(async (tx) => {
      const app = await this.applications.findVisible(tx, scope, id);
      if (!app) throw new NotFoundProblem('application');
      const atts = await this.attachments.listVisible(tx, scope, id);
      return applicationView(app, atts);
    });
  }

  async list(scope: Scope, query: ListApplicationsQuery): Promise<Page<ApplicationView>> {
    return this.prisma.transaction(async (tx) => {
      const { rows, total } = await this.applications.page(tx, scope, query);
      return pageOf(
        rows.map((r) => applicationView(r, null)),
        total,
        query,
      );
    });
  }

  /** The call's applications counted per jurisdiction and status, in the caller's scope (unknown call: 404). */
  async counts(scope: Scope, query: ApplicationCountsQuery): Promise<ApplicationCounts> {
    return this.prisma.transaction(async (tx) => {
      if (!(await this.calls.find(tx, query.callId))) throw new NotFoundProblem('call');
      const cells = (await this.applications.counts(tx, scope, query.callId)).map((c) => ({
        ...c,
        status: c.status as ApplicationStatus,
      }));
      return { callId: query.callId, total: cells.reduce((n, c) => n + c.count, 0), cells };
    });
  }

  async revisions(scope: Scope, id: string, query: ListRevisionsQuery): Promise<Page<RevisionView>> {
    return this.prisma.transaction(async (tx) => {
      if (!(await this.applications.findVisible(tx, scope, id))) throw new NotFoundProblem('application');
      const { rows, total } = await this.applications.revisions(tx, scope, id, query);
      const items = rows.map((r): RevisionView => {
        const doc = r.document as unknown as ApplicationDocument;
        return {
          revision: r.revision,
          submittedAt: formatShanghaiIso(r.submittedAt),
          submittedBy: r.submittedBy,
          document: r.document as Record<string, unknown>,
          attachments: r.attachments as unknown[],
          findings: r.findings as unknown[],
          commitment: {
            attachmentId: r.commitmentAttachmentId,
            attestedBy: doc.commitment.attestedBy,
            attestedAt: doc.commitment.attestedAt,
            ip: r.submittedIp,
          },
        };
      });
      return pageOf(items, total, query);
    });
  }

  async timelineOf(scope: Scope, id: string, query: ListTimelineQuery): Promise<Page<TimelineEntryView>> {
    return this.prisma.transaction(async (tx) => {
      if (!(await this.applications.findVisible(tx, scope, id))) throw new NotFoundProblem('application');
      const { rows, total } = await this.timeline.pageVisible(tx, scope, id, query);
      const items = rows.map((r) => ({
        status: r.status as TimelineEntryView['status'],
        source: r.source,
        eventId: r.eventId,
        eventType: r.eventType,
        at: formatShanghaiIso(r.occurredAt),
        recordedAt: formatShanghaiIso(r.recordedAt),
        note: r.note,
      }));
      return pageOf(items, total, query);
    });
  }

  /**
   * The application a state change acts on, row-locked: only the lead unit's applicant may change
   * it. Anyone else gets 404 when they cannot even see it (no existence leak), 403 when they can.
   */
  async lockForApplicant(tx: PrismaTx, principal: Principal, id: string): Promise<ApplicationRow> {
    if (principal.role === 'applicant') {
      const app = await this.applications.lockOwned(tx, principal.uscc, id);
      if (!app) throw new NotFoundProblem('application');
      return app;
    }
    if (await this.applications.findVisible(tx, scopeOf(principal), id)) {
      throw new ProblemException('auth.forbidden', {
        detail: "Only the lead unit's applicant may change an application",
      });
    }
    throw new NotFoundProblem('application');
  }

  /** The lead is the caller's unit: a lead USCC in the document, if any, must be the token's. */
  private requireOwnLead(doc: ApplicationDraft, principal: Principal): string {
    if (
      principal.role !== 'applicant' ||
      (doc.lead?.uscc !== undefined && doc.lead.uscc !== principal.uscc)
    ) {
      throw new InputProblem(
        'input.lead_uscc',
        'lead.uscc',
        "The lead unit's USCC must be the caller's own unit (the token's uscc).",
        '牵头单位统一社会信用代码须为当前登录单位的代码。',
      );
    }
    return principal.uscc;
  }
}

export function assertEditable(app: ApplicationRow): void {
  if (!(EDITABLE_STATUSES as readonly string[]).includes(app.status)) {
    throw new ConflictProblem(
      '3.2',
      `The application is ${app.status}: a submitted application is frozen; only a return for revision allows a new revision.`,
      '申报已提交,不可修改;仅在退回修改后方可重新编辑。',
    );
  }
}

export function applicationView(app: ApplicationRow, atts: AttachmentRow[] | null): ApplicationView {
  return {
    id: app.id,
    callId: app.callId,
    status: app.status as ApplicationView['status'],
    revision: app.revision,
    leadUscc: app.leadUscc,
    jurisdictionCode: app.jurisdictionCode,
    document: app.document as Record<string, unknown>,
    attachments: (atts ?? []).map(attachmentView),
    createdAt: formatShanghaiIso(app.createdAt),
    updatedAt: formatShanghaiIso(app.updatedAt),
    submittedAt: app.submittedAt ? formatShanghaiIso(app.submittedAt) : null,
  };
}

export function attachmentView(a: AttachmentRow): AttachmentView {
  return { ...storedFileView(a), category: a.category as AttachmentView['category'] };
}

function assertStorable(doc: unknown): void {
  const errors = unstorableText(doc);
  if (errors.length > 0) {
    throw new ProblemException('input.invalid', {
      detail: 'The document has text that cannot be stored',
      errors,
    });
  }
}

function unknownCall(): ProblemException {
  return new InputProblem(
    'input.unknown_call',
    'callId',
    'There is no call with this id.',
    '申报通知不存在。',
  );
}

/** The C.1 partial unique index (one open application per lead per call) refused the row. */
export function isOneOpenViolation(err: unknown): boolean {
  const text = `${(err as { message?: string })?.message ?? ''} ${JSON.stringify((err as { meta?: unknown })?.meta ?? {})}`;
  return (
    ((err as { code?: string })?.code === 'P2002' || (err as { code?: string })?.code === '23505') &&
    (text.includes('application_one_open_per_lead_and_call') ||
      text.includes('call_id') ||
      text.includes('lead_uscc'))
  );
}

export function oneOpenConflict(): ConflictProblem {
  return new ConflictProblem(
    'C.1',
    'The lead unit already has an open application in this call.',
    '该牵头单位在本批次已有在办申报。',
    'lead.uscc',
  );
}
