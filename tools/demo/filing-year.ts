import { randomUUID } from 'node:crypto';
import { issueDevToken } from '@lz/auth';
import {
  computeDeadline,
  createSeededCalendar,
  formatShanghaiIso,
  shanghaiDateOf,
  shanghaiInstant,
  addDays,
} from '@lz/calendar';
import { LZ_2024_DRAFT } from '@lz/policy';
import {
  allPages,
  ApiError,
  createServiceClient,
  multipart,
  newIdempotencyKey,
  ok,
  type ApplicationDocumentBody,
  type CallView,
  type CityDecisionBody,
  type CityReviewView,
  type ConsortiumView,
  type CreateCallBody,
  type EligibilityView,
  type ExpertView,
  type FiledObjectionView,
  type NoticeView,
  type PreliminaryDecisionBody,
  type Problem,
  type RegistryPage,
  type TimelineEntry,
} from '@lz/api-client';
import { eventually } from './eventually';
import {
  APPLICATIONS,
  EXPERTS,
  INSTITUTIONS,
  DEMO_OBJECTOR,
  MATERIALS_OUTSIDE_MEMBER,
  applicationDocument,
  demoPdf,
  institutionUscc,
  leadUsccOf,
  type DemoApplicationSpec,
  type DemoExpert,
} from './cast';

/**
 * 第三条 as one system, over HTTP (docs/API.md): a call, six applications, preliminary reviews in two
 * jurisdictions, the expert pool and panels (one conflicted expert excluded), city decisions, the
 * public notices with an objection upheld, expiry, filing and the registry. `npm run demo` prints
 * it; the lifecycle e2e test runs the same story and then asserts every status and event.
 *
 * Time: a notice runs for 5 working days and no service takes a clock over HTTP. So the items that
 * must clear are published on a notice whose `publishedAt` lies in the past (docs/API.md: "publishedAt
 * may be earlier, to record a notice already posted elsewhere"), chosen so that its end has already
 * passed — or, when the run happens a few seconds before 24:00 Beijing time, ends 5–20 s from now.
 * Its expiry then still goes through the real path: the deadline row and its BullMQ delayed job
 * (delay 0 when already due; the reconciler would re-create it had Redis lost it). The objection needs a notice that is OPEN, so the item
 * that is objected to is published on a second notice, today; an upheld objection ends it at once
 * (docs/SPEC.md §3.6), without waiting for the period.
 */

export interface ServiceUrls {
  /** `http://host:port` of each service (the paths are under its `/api/v1`). */
  intake: string;
  review: string;
  publicity: string;
}

export type Say = (chapter: string, line: string) => void;

export interface FilingYearOptions {
  urls: ServiceUrls;
  /**
   * The fictional enterprises' codes (tools/demo/cast.ts leadUsccOf). Given (the e2e tests pass their
   * run id): those of this tag. Left out (`npm run demo`): the codes of the development directory's
   * enterprise logins (libs/dev-directory `ent-liquor` …, so signing in to the portal as one shows the
   * demo's application) while none of them has an application in the call; else codes of this run
   * only — a rerun on the same system, where the same lead would meet its own earlier application
   * (docs/SPEC.md C.1: one open application per lead unit per call).
   */
  tag?: string;
  say?: Say;
  /** How long to wait for an event to travel between services (default 30 s). */
  waitMs?: number;
  /**
   * true (the e2e test): any status intake fails to record fails the story. false (the demo): when
   * publicity cleared an item but intake's timeline never shows it — the out-of-order event that
   * e2e/event-order.e2e-spec.ts reproduces — the story says so and goes on to filing.
   */
  strict?: boolean;
}

export interface AppRecord {
  spec: DemoApplicationSpec;
  id: string;
  leadUscc: string;
  token: string;
  revision: number;
  /** Statuses the story saw through intake, in order (each one waited for). */
  seen: string[];
}

export interface FilingYearRecord {
  tag: string;
  year: number;
  call: CallView;
  officerToken: string;
  reviewerTokens: Record<string, string>;
  apps: Record<string, AppRecord>;
  experts: Record<string, ExpertView>;
  /** The city review of each application that got a panel, after scoring and decision. */
  cityReviews: Record<string, CityReviewView>;
  conflicted: { expert: string; org: string; application: string } | null;
  notices: { past: NoticeView; today: NoticeView };
  objection: FiledObjectionView;
  consortia: Record<string, ConsortiumView>;
  registry: RegistryPage;
  /** What the story saw go wrong but carried on past (only when not strict). */
  warnings: string[];
  /** The refused first submission of the materials consortium (422, rule 2.3b). */
  refusedSubmission: { status: number; problem: Problem };
  /** The dry-run findings of the medicine consortium (soft 2.3a, justified). */
  medicineEligibility: EligibilityView;
  /**
   * 信用管理 (docs/SPEC.md 5.3a): the finding recorded against the medicine lead after the upheld
   * objection, the dry run of its later draft while the finding held (refused, 5.3a at lead.uscc), and
   * the same dry run once the Bureau ended the finding early.
   */
  credit: { findingId: string; blocked: EligibilityView; afterEnd: EligibilityView };
}

const CH = {
  calendar: '工作日历 Calendar',
  call: '申报通知 Call',
  apply: '企业申报 Application',
  prelim: '初审 Preliminary review',
  experts: '专家库 Expert pool',
  city: '市级审查 City review',
  notice: '公示 Publicity',
  objection: '异议 Objection',
  expiry: '公示期满 Expiry',
  filing: '备案 Filing',
  registry: '入库 Registry',
  credit: '信用管理 Credit',
};

const DECISION_ZH: Record<string, string> = {
  RECOMMEND: '推荐',
  RETURN: '退回修改',
  NOT_RECOMMEND: '不予推荐',
  TO_BE_FILED: '拟备案',
  REJECT: '不予备案',
};

const JURISDICTION_ZH: Record<string, string> = { '510502': '江阳区', '510504': '龙马潭区' };

/** A past publication instant for the notice that must clear now (see the note at the top). */
export function pastPublication(now: Date): { publishedAt: Date; endsAt: Date; closesSoon: boolean } {
  const calendar = createSeededCalendar();
  const { workingDays, countingRule, closingTime } = LZ_2024_DRAFT.publicity;
  const today = shanghaiDateOf(now);
  for (let back = 1; back < 60; back++) {
    const publishedAt = shanghaiInstant(addDays(today, -back), '09:30');
    const { endsAt } = computeDeadline(
      { publishedAt, workingDays, counting: countingRule, closingTime },
      calendar,
    );
    if (endsAt.getTime() <= now.getTime() + 20_000) {
      return { publishedAt, endsAt, closesSoon: endsAt.getTime() > now.getTime() + 5_000 };
    }
  }
  throw new Error('no past publication date found within 60 days');
}

function required<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`the story did not record ${what}`);
  return value;
}

const GOOD = [22, 17, 17, 13, 17];
const WEAK = [13, 10, 11, 9, 10];

/** The tag whose lead codes the development directory's enterprise logins carry (tools/demo/cast-directory.spec.ts). */
export const DIRECTORY_TAG = 'directory';

export async function runFilingYear(options: FilingYearOptions): Promise<FilingYearRecord> {
  const say: Say = options.say ?? (() => undefined);
  const waitMs = options.waitMs ?? 30_000;
  const strict = options.strict ?? true;
  const warnings: string[] = [];
  const missed = new Set<string>();
  // One typed client per service and caller (libs/api-client, generated from the services' documents).
  const as = {
    intake: (token?: string) => createServiceClient('intake', { baseUrl: options.urls.intake, token }),
    review: (token?: string) => createServiceClient('review', { baseUrl: options.urls.review, token }),
    publicity: (token?: string) =>
      createServiceClient('publicity', { baseUrl: options.urls.publicity, token }),
  };
  const intake = as.intake();
  const review = as.review();
  const publicity = as.publicity();
  /** A fresh Idempotency-Key: each mutation that honours one is sent with one. */
  const idem = () => ({ 'Idempotency-Key': newIdempotencyKey() });
  const wait = <T>(what: string, fn: () => Promise<T | undefined>) =>
    eventually(what, fn, { timeoutMs: waitMs });

  const officerToken = await issueDevToken({ role: 'officer', sub: 'officer-luzhou-kjj-zhang' });
  const officer = {
    intake: as.intake(officerToken),
    review: as.review(officerToken),
    publicity: as.publicity(officerToken),
  };
  const reviewerTokens: Record<string, string> = {};
  for (const code of ['510502', '510504']) {
    reviewerTokens[code] = await issueDevToken({
      role: 'reviewer',
      sub: `reviewer-${code}`,
      jurisdiction: code,
    });
  }

  const now = new Date();
  const year = Number(shanghaiDateOf(now).slice(0, 4));

  /** No lead of the directory's codes has an application in the call (each asks as itself, by callId). */
  const directoryCodesFree = async (callId: string): Promise<boolean> => {
    for (const spec of APPLICATIONS) {
      const uscc = leadUsccOf(spec, DIRECTORY_TAG);
      const token = await issueDevToken({
        role: 'applicant',
        sub: `applicant-${spec.key}-${DIRECTORY_TAG}`,
        uscc,
      });
      const page = await ok(
        as.intake(token).GET('/api/v1/applications', { params: { query: { callId, pageSize: 1 } } }),
      );
      if (page.total > 0) return false;
    }
    return true;
  };

  // ── Calendar ─────────────────────────────────────────────────────────────────────────────────
  const cal = await ok(publicity.GET('/api/v1/calendar/{year}', { params: { path: { year } } }));
  const deadline = await ok(
    publicity.GET('/api/v1/calendar/deadline', {
      params: { query: { from: formatShanghaiIso(now), workingDays: 5 } },
    }),
  );
  say(
    CH.calendar,
    `${year}年工作日历: ${cal.holidays?.length ?? '?'} 个法定节假日, ${cal.makeupWorkdays?.length ?? '?'} 个调休上班日 ` +
      `(holidays, make-up working days); 今日发布的公示截止 ${deadline.endsAt ?? JSON.stringify(deadline)} (a notice published now ends then)`,
  );

  // ── Call ─────────────────────────────────────────────────────────────────────────────────────
  const list = await allPages((q) => intake.GET('/api/v1/calls', { params: { query: { year, ...q } } }));
  let call = list.find((c) => c.open);
  if (call) {
    say(CH.call, `沿用已开放的 ${call.title} (reusing the open call ${call.id})`);
  } else {
    const body: CreateCallBody = {
      year,
      title: `${year}年度泸州市创新联合体申报通知`,
      opensAt: formatShanghaiIso(new Date(now.getTime() - 60_000)),
      closesAt: formatShanghaiIso(new Date(now.getTime() + 30 * 86_400_000)),
      policyVersion: LZ_2024_DRAFT.version,
    };
    if (list.length > 0)
      body.justification = '演示:同年度补充申报批次 (demo: a second batch in the same year)';
    call = await ok(officer.intake.POST('/api/v1/calls', { params: { header: idem() }, body }));
    say(
      CH.call,
      `市科技局发布《${call.title}》, 申报期 ${call.opensAt} 至 ${call.closesAt}, 政策版本 ${call.policyVersion} ` +
        `(the Bureau opens the ${year} call)`,
    );
  }

  // ── Applications ─────────────────────────────────────────────────────────────────────────────
  const tag = options.tag ?? ((await directoryCodesFree(call.id)) ? DIRECTORY_TAG : randomUUID().slice(0, 8));
  if (!options.tag) {
    say(
      CH.apply,
      tag === DIRECTORY_TAG
        ? '申报单位为开发目录中的企业账号 (the applicants are the development directory’s enterprise logins: ent-liquor, ent-materials …)'
        : `开发目录中的企业已在本批次申报, 本次使用新的企业信用代码 (the directory’s enterprises already applied in this call: this run’s get codes of their own, tag ${tag})`,
    );
  }
  const apps: Record<string, AppRecord> = {};
  const attestedAt = formatShanghaiIso(now);
  // A status is waited for in the applicant's timeline, not as the current status: an item of a
  // notice that has already ended may pass IN_PUBLICITY → CLEARED before anyone polls.
  const timelineOf = async (a: AppRecord): Promise<TimelineEntry[]> =>
    allPages((q) =>
      as
        .intake(a.token)
        .GET('/api/v1/applications/{id}/timeline', { params: { path: { id: a.id }, query: q } }),
    );
  const waitStatus = async (a: AppRecord, wanted: string) => {
    const times = a.seen.filter((s) => s === wanted).length + 1;
    await wait(`${a.spec.key} to be ${wanted}${times > 1 ? ` (${times}×)` : ''}`, async () => {
      const reached = (await timelineOf(a)).filter((e) => e.status === wanted).length;
      return reached >= times ? true : undefined;
    });
    a.seen.push(wanted);
  };
  const upload = async (a: AppRecord, category: 'AGREEMENT' | 'COMMITMENT' | 'EVIDENCE', title: string) =>
    ok(
      as.intake(a.token).POST('/api/v1/applications/{id}/attachments', {
        params: { path: { id: a.id } },
        ...multipart(
          { category },
          {
            bytes: demoPdf(`${a.spec.key} ${title}`),
            filename: `${title}.pdf`,
            mediaType: 'application/pdf',
          },
        ),
      }),
    );
  let refusedSubmission: FilingYearRecord['refusedSubmission'] | null = null;
  let medicineEligibility: EligibilityView | null = null;

  /**
   * A lead drafts an application of the call (docs/SPEC.md C.2: a draft needs only its call — created
   * empty, the integrity commitment uploaded to it, then the document filled in pointing at it) and
   * runs the eligibility dry run.
   */
  const draftFor = async (spec: (typeof APPLICATIONS)[number]) => {
    const leadUscc = leadUsccOf(spec, tag);
    const token = await issueDevToken({
      role: 'applicant',
      sub: `applicant-${spec.key}-${tag}`,
      uscc: leadUscc,
    });
    const me = as.intake(token);
    const created = await ok(
      me.POST('/api/v1/applications', { params: { header: idem() }, body: { callId: call.id } }),
    );
    const a: AppRecord = { spec, id: created.id, leadUscc, token, revision: 0, seen: [created.status] };
    await upload(a, 'AGREEMENT', '组建协议');
    const commitment = await upload(a, 'COMMITMENT', '诚信承诺书');
    await upload(a, 'EVIDENCE', '佐证材料');
    const doc = applicationDocument(spec, {
      tag,
      callId: call.id,
      commitmentAttachmentId: commitment.id,
      attestedAt,
    });
    await ok(me.PATCH('/api/v1/applications/{id}', { params: { path: { id: a.id } }, body: doc }));
    const check = await ok(
      me.POST('/api/v1/applications/{id}/eligibility', { params: { path: { id: a.id } } }),
    );
    return { a, me, commitment, check };
  };

  for (const spec of APPLICATIONS) {
    const { a, me, commitment, check } = await draftFor(spec);
    apps[spec.key] = a;
    if (spec.key === 'medicine') medicineEligibility = check;
    const flags = check.findings.map((f) => `${f.rule}${f.severity === 'flag' ? '(flag)' : ''}`);
    say(
      CH.apply,
      `${spec.lead.name} 起草《${spec.name}》, 成员 ${spec.members.length} 家, 上传组建协议/诚信承诺书/佐证材料; ` +
        `自检 (dry run): ${check.eligible ? '符合' : '不符合'}${flags.length ? ' ' + flags.join(', ') : ''}`,
    );
    if (spec.key === 'materials') {
      const refused = await me.POST('/api/v1/applications/{id}/submit', {
        params: { path: { id: a.id }, header: idem() },
      });
      if (!refused.error)
        throw new Error(`${spec.key}: the submission without an outside member was accepted`);
      refusedSubmission = { status: refused.response.status, problem: refused.error };
      const rules = refused.error.errors.map((e) => e.rule).join(', ');
      say(
        CH.apply,
        `${spec.short} 提交被拒 ${refused.response.status} (submission refused), 规则 ${rules}: 缺少泸州市外有行业影响力的成员`,
      );
      const fixed = applicationDocument(spec, {
        tag,
        callId: call.id,
        commitmentAttachmentId: commitment.id,
        attestedAt,
        extraMembers: [MATERIALS_OUTSIDE_MEMBER],
      });
      await ok(me.PUT('/api/v1/applications/{id}', { params: { path: { id: a.id } }, body: fixed }));
      say(
        CH.apply,
        `${spec.short} 增补${INSTITUTIONS.cib.name}为市外成员 (adds an outside member) 后重新提交`,
      );
    }
    const submitted = await ok(
      me.POST('/api/v1/applications/{id}/submit', { params: { path: { id: a.id }, header: idem() } }),
    );
    a.revision = submitted.revision ?? 1;
    a.seen.push('SUBMITTED');
    say(
      CH.apply,
      `${spec.short} 提交成功 (submitted), 申报编号 ${a.id}, 初审单位 ${JURISDICTION_ZH[spec.jurisdictionCode]}` +
        (spec.justifications ? ', 附成员不足5家的说明 (justification for 2.3a)' : ''),
    );
  }

  // ── Preliminary review ───────────────────────────────────────────────────────────────────────
  const reviewer = (a: AppRecord) => as.review(reviewerTokens[a.spec.jurisdictionCode]);
  const queued = async (a: AppRecord, revision: number) =>
    wait(`${a.spec.key} rev ${revision} in the ${a.spec.jurisdictionCode} preliminary queue`, async () => {
      const q = await allPages((query) =>
        reviewer(a).GET('/api/v1/preliminary-reviews', { params: { query } }),
      );
      const item = q.find((i) => i.applicationId === a.id && i.revision === revision);
      return item ?? undefined;
    });
  for (const code of ['510502', '510504']) {
    const mine = Object.values(apps).filter((a) => a.spec.jurisdictionCode === code);
    for (const a of mine) await queued(a, a.revision);
    say(
      CH.prelim,
      `${JURISDICTION_ZH[code]}科技局初审队列 (queue) ${mine.length} 件: ${mine.map((a) => a.spec.short).join('、')}`,
    );
  }
  const decide = async (a: AppRecord, decision: PreliminaryDecisionBody['decision'], opinion: string) => {
    const res = await ok(
      reviewer(a).POST('/api/v1/preliminary-reviews/{applicationId}/decision', {
        params: { path: { applicationId: a.id }, header: idem() },
        body: { decision, opinion },
      }),
    );
    say(
      CH.prelim,
      `${JURISDICTION_ZH[a.spec.jurisdictionCode]}: ${a.spec.short} → ${DECISION_ZH[decision]} (${decision}) 「${opinion}」`,
    );
    return res;
  };
  await decide(apps.equipment, 'RETURN', '组建协议缺少两家成员单位的签章页,请补正后重新提交。');
  await waitStatus(apps.equipment, 'RETURNED');
  {
    const a = apps.equipment;
    const me = as.intake(a.token);
    await upload(a, 'AGREEMENT', '组建协议(补正版)');
    const current = await ok(me.GET('/api/v1/applications/{id}', { params: { path: { id: a.id } } }));
    await ok(
      me.PUT('/api/v1/applications/{id}', {
        params: { path: { id: a.id } },
        // The stored document is the one this story sent (the view types it loosely as a record).
        body: current.document as ApplicationDocumentBody,
      }),
    );
    const resubmitted = await ok(
      me.POST('/api/v1/applications/{id}/submit', { params: { path: { id: a.id }, header: idem() } }),
    );
    a.revision = resubmitted.revision ?? 2;
    a.seen.push('SUBMITTED');
    say(CH.apply, `${a.spec.short} 补正组建协议后重新提交 (resubmitted), 第 ${a.revision} 版`);
    await queued(a, a.revision);
  }
  await decide(apps.liquor, 'RECOMMEND', '产业关联度高,成员结构合理,同意推荐。');
  await decide(apps.medicine, 'RECOMMEND', '成员不足5家的说明理由充分,同意推荐。');
  await decide(apps.distillers, 'NOT_RECOMMEND', '攻关任务与在研项目重复,协同机制不清晰,不予推荐。');
  await decide(apps.materials, 'RECOMMEND', '补充市外科研院所后符合条件,同意推荐。');
  await decide(apps.equipment, 'RECOMMEND', '补正材料齐全,同意推荐。');
  await decide(apps.electronics, 'RECOMMEND', '同意推荐,请市级审查重点关注技术可行性。');
  for (const k of ['liquor', 'medicine', 'materials', 'equipment', 'electronics'])
    await waitStatus(apps[k], 'PRELIM_RECOMMENDED');
  await waitStatus(apps.distillers, 'PRELIM_REJECTED');

  // ── Expert pool ──────────────────────────────────────────────────────────────────────────────
  const existing = await allPages((query) => officer.review.GET('/api/v1/experts', { params: { query } }));
  const experts: Record<string, ExpertView> = {};
  for (const e of EXPERTS) {
    const orgUscc = institutionUscc(e.org);
    experts[e.key] =
      existing.find((x) => x.name === e.name && x.orgUscc === orgUscc) ??
      (await ok(
        officer.review.POST('/api/v1/experts', {
          params: { header: idem() },
          body: { name: e.name, orgUscc, fields: [...e.fields] },
        }),
      ));
  }
  say(
    CH.experts,
    `专家库 ${EXPERTS.length} 人 (expert pool): ` +
      EXPERTS.map((e) => `${e.name}(${INSTITUTIONS[e.org].name}·${e.fields.join('/')})`).join(', '),
  );

  // ── City review ──────────────────────────────────────────────────────────────────────────────
  const expertById = new Map<string, DemoExpert>(EXPERTS.map((e) => [experts[e.key].id, e]));
  const cityReviews: Record<string, CityReviewView> = {};
  let conflicted: FilingYearRecord['conflicted'] = null;
  const plan: Array<[string, number[], CityDecisionBody['decision'], string]> = [
    ['liquor', GOOD, 'TO_BE_FILED', '专家评审平均分高于推荐线,拟予备案。'],
    ['materials', GOOD, 'TO_BE_FILED', '技术路线清晰,拟予备案。'],
    ['medicine', GOOD, 'TO_BE_FILED', '拟予备案。'],
    ['equipment', GOOD, 'TO_BE_FILED', '应用场景明确,拟予备案。'],
    ['electronics', WEAK, 'REJECT', '专家评审平均分低于推荐线,技术可行性论证不足,不予备案。'],
  ];
  for (const [key, scores, decision, opinion] of plan) {
    const a = apps[key];
    await wait(`a panel for ${key}`, async () => {
      const res = await officer.review.POST('/api/v1/city-reviews/{applicationId}/panel', {
        params: { path: { applicationId: a.id }, header: idem() },
        body: { size: 3 },
      });
      if (res.data) return res.data;
      const status = res.response.status;
      if (status === 404 || status === 409) return undefined; // the case has not reached review yet
      throw new ApiError('POST', res.response.url, status, res.error);
    });
    const view = await ok(
      officer.review.GET('/api/v1/city-reviews/{applicationId}', {
        params: { path: { applicationId: a.id } },
      }),
    );
    const draw = view.draw;
    // The panel is whoever the draw chose from the whole pool, which on a used system also holds
    // experts this story did not register: each scores as itself (its id and its organisation).
    const panel = view.panel.filter((p) => p.status === 'ASSIGNED');
    const panelIds = panel.map((p) => p.expertId);
    const excluded = draw?.excluded ?? [];
    const nameOf = (id: string) =>
      view.panel.find((p) => p.expertId === id)?.name ?? expertById.get(id)?.name ?? id;
    const names = (ids: string[]) => ids.map(nameOf).join('、');
    say(
      CH.city,
      `${a.spec.short}(${a.spec.field}) 随机抽取专家 (panel draw, seed ${String(draw?.seed ?? '').slice(0, 12)}): ${names(panelIds)}` +
        (excluded.length ? `; 回避 (excluded, conflict of interest): ${names(excluded)}` : ''),
    );
    if (excluded.length > 0 && !conflicted) {
      const e = expertById.get(excluded[0]);
      const candidate = draw?.candidates?.find((c) => c.expertId === excluded[0]);
      conflicted = {
        expert: excluded[0],
        org: e ? institutionUscc(e.org) : (candidate?.orgUscc ?? ''),
        application: a.id,
      };
    }
    for (const member of panel) {
      const token = await issueDevToken({ role: 'expert', sub: member.expertId, org: member.orgUscc });
      const items = view.rubric.map((c, i) => ({
        criterion: c.key,
        score: Math.min(c.maxScore, scores[i] ?? 0),
      }));
      await ok(
        as.review(token).POST('/api/v1/city-reviews/{applicationId}/scores', {
          params: { path: { applicationId: a.id } },
          body: { items, comment: `${member.name}:评审意见见评分表。` },
        }),
      );
    }
    await ok(
      officer.review.POST('/api/v1/city-reviews/{applicationId}/decision', {
        params: { path: { applicationId: a.id }, header: idem() },
        body: { decision, opinion },
      }),
    );
    cityReviews[key] = await ok(
      officer.review.GET('/api/v1/city-reviews/{applicationId}', {
        params: { path: { applicationId: a.id } },
      }),
    );
    say(
      CH.city,
      `${a.spec.short} 专家平均分 ${cityReviews[key].aggregate?.mean ?? '?'} → 市科技局决定 ${DECISION_ZH[decision]} (${decision})`,
    );
  }
  for (const k of ['liquor', 'materials', 'medicine', 'equipment'])
    await waitStatus(apps[k], 'CITY_TO_BE_FILED');
  await waitStatus(apps.electronics, 'CITY_REJECTED');

  // ── Publicity ────────────────────────────────────────────────────────────────────────────────
  const publish = (title: string, keys: string[], publishedAt?: Date) =>
    wait(`notice "${title}"`, async () => {
      const res = await officer.publicity.POST('/api/v1/notices', {
        params: { header: idem() },
        body: {
          title,
          applicationIds: keys.map((k) => apps[k].id),
          ...(publishedAt ? { publishedAt: formatShanghaiIso(publishedAt) } : {}),
        },
      });
      if (res.data) return res.data;
      // publicity learns "to be filed" from review.city.decided; until it has, the items are refused
      if (res.response.status === 409 || res.response.status === 422) return undefined;
      throw new ApiError('POST', res.response.url, res.response.status, res.error);
    });
  const past = pastPublication(new Date());
  const pastNotice = await publish(
    `${year}年度泸州市创新联合体拟备案名单公示(第一批)`,
    ['liquor', 'materials', 'equipment'],
    past.publishedAt,
  );
  say(
    CH.notice,
    `《${pastNotice.title}》 3 项, 发布于 ${pastNotice.publishedAt}, 截止 ${pastNotice.endsAt} ` +
      `(${past.closesSoon ? 'ends in a few seconds' : 'recorded as already posted; its period has ended'}) — ${pastNotice.period?.textZh ?? ''}`,
  );
  const todayNotice = await publish(`${year}年度泸州市创新联合体拟备案名单公示(第二批)`, ['medicine']);
  say(
    CH.notice,
    `《${todayNotice.title}》 1 项, 今日发布, 截止 ${todayNotice.endsAt} (open: objections accepted until then)`,
  );
  for (const k of ['liquor', 'materials', 'equipment', 'medicine']) await waitStatus(apps[k], 'IN_PUBLICITY');

  // ── Objection ────────────────────────────────────────────────────────────────────────────────
  const objection = await ok(
    publicity.POST('/api/v1/notices/{id}/objections', {
      params: { path: { id: todayNotice.id }, header: idem() },
      body: {
        applicationId: apps.medicine.id,
        reason: '成员单位泸州岐黄中药材种植有限公司实际未参与联合体组建,组建协议上的签章非其本人所签。',
        contact: { ...DEMO_OBJECTOR },
      },
    }),
  );
  say(
    CH.objection,
    `公众对 ${apps.medicine.spec.short} 提出异议 (a member of the public objects, no login): 组建协议签章不实, ` +
      `回执编号 ${objection.receiptNo} (receipt number)`,
  );
  await ok(
    officer.publicity.POST('/api/v1/objections/{id}/resolution', {
      params: { path: { id: objection.id } },
      body: { outcome: 'UPHELD', reason: '经核实,该成员单位未签署组建协议,异议成立。' },
    }),
  );
  say(CH.objection, `市科技局核实后异议成立 (UPHELD) → ${apps.medicine.spec.short} 终止备案 (CONTESTED)`);
  const receipt = await ok(
    publicity.GET('/api/v1/objections/receipts/{receiptNo}', {
      params: { path: { receiptNo: objection.receiptNo } },
    }),
  );
  say(
    CH.objection,
    `异议人凭回执查询 (the objector looks the receipt up): ${receipt.status} — ${receipt.resolution?.reason ?? ''}`,
  );
  await waitStatus(apps.medicine, 'CONTESTED');

  // ── Expiry ───────────────────────────────────────────────────────────────────────────────────
  for (const k of ['liquor', 'materials', 'equipment']) {
    try {
      await waitStatus(apps[k], 'CLEARED');
    } catch (err) {
      // Say which side lost it: publicity's notice is the source of "cleared".
      const n = await ok(publicity.GET('/api/v1/notices/{id}', { params: { path: { id: pastNotice.id } } }));
      const item = n.items.find((i) => i.applicationId === apps[k].id);
      const detail =
        `${(err as Error).message}; publicity reports the item as ${item?.status} (notice ${n.status}), ` +
        `intake's timeline: ${(await timelineOf(apps[k])).map((e) => e.status).join(' → ')}`;
      if (strict || item?.status !== 'CLEARED') throw new Error(detail, { cause: err });
      missed.add(k);
      warnings.push(detail);
      say(
        '注意 Warning',
        `公示系统已确认 ${apps[k].spec.short} 期满无异议, 但申报系统的进度未记录 CLEARED ` +
          `(publicity cleared it; intake dropped the event that arrived before "notice published" — a known defect, see e2e/event-order.e2e-spec.ts)`,
      );
    }
  }
  say(
    CH.expiry,
    `第一批公示期满无异议 (period over, no objection): ${['liquor', 'materials', 'equipment'].map((k) => apps[k].spec.short).join('、')} → CLEARED`,
  );

  // ── Filing and registry ──────────────────────────────────────────────────────────────────────
  const consortia: Record<string, ConsortiumView> = {};
  for (const k of ['liquor', 'materials', 'equipment']) {
    const a = apps[k];
    consortia[k] = await wait(`filing of ${k}`, async () => {
      const res = await officer.review.POST('/api/v1/filings/{applicationId}/approve', {
        params: { path: { applicationId: a.id }, header: idem() },
      });
      if (res.data) return res.data;
      if (res.response.status === 409) return undefined; // review has not yet heard that the item cleared
      throw new ApiError('POST', res.response.url, res.response.status, res.error);
    });
    say(
      CH.filing,
      `${a.spec.lead.name} 牵头的《${a.spec.name}》批准备案, 备案号 ${consortia[k].filingNumber}`,
    );
  }
  for (const k of ['liquor', 'materials', 'equipment'])
    if (!missed.has(k)) await waitStatus(apps[k], 'FILED');
  const registry = await ok(review.GET('/api/v1/registry', { params: { query: { pageSize: 100 } } }));
  say(CH.registry, `创新联合体库 (registry) 现有 ${registry.total} 家, 本年度新入库 3 家 (ACTIVE)`);

  // ── Credit management (诚信承诺, 5.3a) ─────────────────────────────────────────────────────────
  // The upheld objection found the formation agreement's seal forged: the Bureau records a credit
  // finding against the medicine lead for a year, which refuses any application it leads or joins.
  const medicine = apps.medicine;
  const today = shanghaiDateOf(new Date());
  const finding = await ok(
    officer.intake.POST('/api/v1/credit-findings', {
      params: { header: idem() },
      body: {
        uscc: medicine.leadUscc,
        unitName: medicine.spec.lead.name,
        object: { type: 'APPLICATION', id: medicine.id },
        facts: '经核实,《' + medicine.spec.name + '》组建协议中成员单位的签章系伪造,申报材料不实。',
        decisionRef: `泸科信〔${year}〕1号`,
        period: { from: today, until: addDays(today, 364) },
      },
    }),
  );
  say(
    CH.credit,
    `市科技局对 ${medicine.spec.lead.name} 记录信用失信 (credit finding ${finding.id}): 申报材料不实, 有效期至 ${addDays(today, 364)}`,
  );
  const later = await draftFor(medicine.spec);
  const blockedBy = later.check.findings.filter((f) => f.rule === '5.3a');
  if (later.check.eligible || blockedBy.length === 0)
    throw new Error('credit: the later draft of the medicine lead was not refused with rule 5.3a');
  say(
    CH.credit,
    `${medicine.spec.lead.name} 再次起草申报, 自检不符合: 规则 5.3a (${blockedBy.map((f) => f.path).join(', ')}) — 信用记录有效期内不得牵头或参与申报`,
  );
  await ok(
    officer.intake.POST('/api/v1/credit-findings/{id}/end', {
      params: { path: { id: finding.id }, header: idem() },
      body: { reason: '演示结束:撤销本演示记录的信用失信认定,以免影响下一次演示。' },
    }),
  );
  const afterEnd = await ok(
    later.me.POST('/api/v1/applications/{id}/eligibility', { params: { path: { id: later.a.id } } }),
  );
  say(
    CH.credit,
    `市科技局提前终止该信用记录 (ended early, with a reason) → 自检不再有 5.3a: ` +
      `${afterEnd.findings.some((f) => f.rule === '5.3a') ? '仍有 5.3a (!)' : '已解除'}`,
  );

  return {
    tag,
    year,
    call,
    officerToken,
    reviewerTokens,
    apps,
    experts,
    cityReviews,
    conflicted,
    notices: { past: pastNotice, today: todayNotice },
    objection,
    consortia,
    registry,
    warnings,
    refusedSubmission: required(refusedSubmission, 'the refused submission'),
    medicineEligibility: required(medicineEligibility, 'the eligibility dry run'),
    credit: { findingId: finding.id, blocked: later.check, afterEnd },
  };
}
