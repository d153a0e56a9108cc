import {
  applicationDocumentSchema,
  type ApplicationDraftInput,
  type AttachmentCategory,
} from '../application/application.schema';
import type { Policy } from '../policy/policy-registry';
import { INPUT_ERRORS, type InputErrorCode, type RuleId, type SoftRuleId } from '../rules/rule-catalogue';
import { formatPath, issueToProblemError } from '../shared/zod-issues';
import { validateUscc } from '../uscc/uscc';

export type FindingSeverity = 'error' | 'flag';

export interface EligibilityFinding {
  /** A docs/SPEC.md rule ID, or an input-error code (duplicate member, invalid USCC, …). */
  rule: RuleId | InputErrorCode;
  severity: FindingSeverity;
  /** JSON path into the document, e.g. `members[2].uscc`; `attachments` for the attachment list. */
  path: string;
  message: string;
  messageZh: string;
  /** True when this finding prevents submission. */
  blocking: boolean;
  /** Soft flags: whether a non-empty justification was given (then not blocking). */
  justified?: boolean;
  /** Information for the reviewer only (never blocking), e.g. a non-Luzhou issuing division. */
  informational?: boolean;
}

export interface EligibilityResult {
  eligible: boolean;
  findings: EligibilityFinding[];
}

export interface EligibilityAttachment {
  id: string;
  category: AttachmentCategory;
}

export interface EligibilityContext {
  attachments: readonly EligibilityAttachment[];
  /** The call is open now (C.1). */
  callOpen: boolean;
  /** The lead unit already has another open application in this call (C.1). */
  otherOpenApplicationForLead: boolean;
  /**
   * 5.3a: the credit findings in effect now against the lead or a member (the intake's current
   * state, consulted at the dry run and again at submission). Absent = none.
   */
  activeCreditFindings?: readonly ActiveCreditFinding[];
}

export interface ActiveCreditFinding {
  findingId: string;
  uscc: string;
  decisionRef: string;
  until: string | null;
}

const blank = (s: string | undefined | null): boolean => s === undefined || s === null || s.trim() === '';

/**
 * docs/SPEC.md §2 (+ 5.3, C.1 and input errors) as a pure function. Hard rules give `error` findings;
 * soft rules (原则上: 2.1b, 2.3a) give `flag` findings that a non-empty `justifications[rule]` clears.
 * `eligible` is true when no finding is blocking. The document may be a draft with parts missing: a
 * rule judges what is there, and every part still missing is a C.2 finding at its path (unless a rule
 * already reports that path or a part of it).
 */
export function checkEligibility(
  doc: ApplicationDraftInput,
  ctx: EligibilityContext,
  policy: Policy,
): EligibilityResult {
  const findings: EligibilityFinding[] = [];
  const error = (rule: RuleId | InputErrorCode, path: string, message: string, messageZh: string) =>
    findings.push({ rule, severity: 'error', path, message, messageZh, blocking: true });
  const soft = (rule: SoftRuleId, path: string, message: string, messageZh: string) => {
    const justified = !blank(doc.justifications?.[rule]);
    findings.push({ rule, severity: 'flag', path, message, messageZh, blocking: !justified, justified });
  };
  const input = (code: InputErrorCode, path: string, detail = '') =>
    error(code, path, INPUT_ERRORS[code].message + detail, INPUT_ERRORS[code].messageZh + detail);

  const members = doc.members ?? [];
  const lead = doc.lead;

  // ---- Input errors: identities -------------------------------------------------------------
  const leadUscc = validateUscc(lead?.uscc);
  const seen = new Map<string, number>();
  members.forEach((m, i) => {
    const path = `members[${i}].uscc`;
    if (m.uscc === undefined) return; // missing: C.2
    if (!validateUscc(m.uscc).ok) {
      input('INVALID_USCC', path);
      return;
    }
    if (m.uscc === lead?.uscc) {
      input('LEAD_AS_MEMBER', path);
      return;
    }
    const first = seen.get(m.uscc);
    if (first !== undefined) {
      input('DUPLICATE_MEMBER', path, ` (members[${first}])`);
      return;
    }
    seen.set(m.uscc, i);
  });
  // Distinct, valid members other than the lead: the "linked units" of 2.3a.
  const linked = [...seen.values()].map((i) => members[i]);

  // ---- 2.1a: lead registered in Luzhou, valid USCC ------------------------------------------
  // docs/SPEC.md makes 2.1a hard, but the text (第二条(一)) says "牵头单位原则上应为泸州市辖区范围内注册的
  // 独立法人企业": 原则上 governs the registration place too, and the text wins (docs/spec-notes.md).
  // So an invalid lead USCC is refused (hard), a registration district outside Luzhou is a soft flag.
  if (lead?.uscc === undefined) {
    // missing: C.2
  } else if (!leadUscc.ok) {
    error(
      '2.1a',
      'lead.uscc',
      `The lead unit's USCC is invalid: ${leadUscc.message}.`,
      '牵头单位统一社会信用代码无效。',
    );
  } else if (!leadUscc.isLuzhouIssued) {
    findings.push({
      rule: '2.1a',
      severity: 'flag',
      path: 'lead.uscc',
      message: `The lead unit's USCC was issued outside Luzhou (division ${leadUscc.issuingDivision}); for the reviewer's information only.`,
      messageZh: `牵头单位统一社会信用代码的登记管理机关行政区划（${leadUscc.issuingDivision}）不在泸州市，仅供审核参考。`,
      blocking: false,
      informational: true,
    });
  }
  if (lead?.districtCode !== undefined && !policy.application.leadDistrictCodes.includes(lead.districtCode)) {
    soft(
      '2.1a',
      'lead.districtCode',
      `The lead unit's registration district ${lead?.districtCode} is not a Luzhou district or county; in principle it must be. Justify it (justifications["2.1a"]).`,
      `牵头单位注册地（${lead?.districtCode}）不在泸州市辖区范围内，原则上应在泸州市注册，须说明理由。`,
    );
  }

  // ---- 2.1b: lead is an enterprise, or a new-type R&D institution with up/downstream firms (soft)
  const withChainEnterprise = linked.some(
    (m) => m.kind === 'ENTERPRISE' && (m.chainRole === 'UPSTREAM' || m.chainRole === 'DOWNSTREAM'),
  );
  if (
    lead?.kind !== undefined &&
    lead.kind !== 'ENTERPRISE' &&
    !(lead.kind === 'NEW_RD_INSTITUTION' && withChainEnterprise)
  ) {
    soft(
      '2.1b',
      'lead.kind',
      lead?.kind === 'NEW_RD_INSTITUTION'
        ? 'A new-type R&D institution may lead only together with at least one upstream/downstream enterprise; otherwise justify it (justifications["2.1b"]).'
        : 'The lead unit should in principle be an enterprise; justify the choice (justifications["2.1b"]).',
      lead?.kind === 'NEW_RD_INSTITUTION'
        ? '新型研发机构牵头须联合至少1家产业链上下游企业，否则须说明理由。'
        : '牵头单位原则上应为企业，否则须说明理由。',
    );
  }

  // ---- 2.2: goals (hard) ---------------------------------------------------------------------
  const goals = doc.goals;
  if (!goals?.coreTasks?.some((t) => !blank(t))) {
    error('2.2', 'goals.coreTasks', 'State at least one core task.', '应明确至少一项核心任务。');
  }
  if (!goals?.acceptanceTargets?.some((t) => !blank(t))) {
    error(
      '2.2',
      'goals.acceptanceTargets',
      'State at least one acceptance target.',
      '应明确至少一项验收考核目标。',
    );
  }
  const plan = goals?.plan;
  const { startsOn, endsOn } = plan ?? {};
  if (startsOn !== undefined && endsOn !== undefined && startsOn > endsOn) {
    error(
      '2.2',
      'goals.plan.endsOn',
      'The plan must end on or after its start.',
      '攻关计划结束日期不得早于开始日期。',
    );
  }
  if (!plan?.milestones?.length) {
    error(
      '2.2',
      'goals.plan.milestones',
      'The research plan needs at least one milestone.',
      '攻关计划应至少包含一个里程碑。',
    );
  } else {
    plan.milestones.forEach((ms, i) => {
      if (ms.dueOn === undefined || startsOn === undefined || endsOn === undefined) return;
      if (ms.dueOn < startsOn || ms.dueOn > endsOn) {
        error(
          '2.2',
          `goals.plan.milestones[${i}].dueOn`,
          `Milestone due ${ms.dueOn} is outside the plan period ${startsOn}–${endsOn}.`,
          `里程碑日期（${ms.dueOn}）不在攻关计划期限（${startsOn}至${endsOn}）内。`,
        );
      }
    });
  }
  const funding = goals?.funding;
  if (!funding?.sources?.length || funding.totalFen === undefined || !(funding.totalFen > 0)) {
    error(
      '2.2',
      'goals.funding',
      'State the funding arrangement: a total and its sources.',
      '应明确资金安排（总额及来源）。',
    );
  } else {
    const sum = funding.sources.reduce((acc, s) => acc + (s.amountFen ?? 0), 0);
    if (sum !== funding.totalFen) {
      error(
        '2.2',
        'goals.funding.totalFen',
        `Funding sources add up to ${sum} fen but the total is ${funding.totalFen} fen.`,
        `资金来源合计（${sum}分）与资金总额（${funding.totalFen}分）不一致。`,
      );
    }
    const units = new Set([lead?.uscc, ...members.map((m) => m.uscc)]);
    funding.sources.forEach((s, i) => {
      if (s.unitUscc !== undefined && !units.has(s.unitUscc)) {
        error(
          '2.2',
          `goals.funding.sources[${i}].unitUscc`,
          INPUT_ERRORS.UNKNOWN_FUNDING_UNIT.message,
          INPUT_ERRORS.UNKNOWN_FUNDING_UNIT.messageZh,
        );
      }
    });
  }

  // ---- 2.3a: at least N linked units (soft) ----------------------------------------------------
  const minLinked = policy.application.minLinkedUnits;
  if (linked.length < minLinked) {
    soft(
      '2.3a',
      'members',
      `The consortium links ${linked.length} units besides the lead; in principle at least ${minLinked}. Justify it (justifications["2.3a"]).`,
      `除牵头单位外联动${linked.length}家单位，原则上应不少于${minLinked}家，须说明理由。`,
    );
  }

  // ---- 2.3b: at least N influential members outside Luzhou (hard) -----------------------------
  const outsideKinds: readonly string[] = policy.application.outsideMemberKinds;
  const outsideCandidates = linked.filter((m) => m.inLuzhou === false && outsideKinds.includes(m.kind ?? ''));
  const influential = outsideCandidates.filter((m) => !blank(m.influenceStatement));
  const minOutside = policy.application.minOutsideMembers;
  if (influential.length < minOutside) {
    const lacking = outsideCandidates.find((m) => blank(m.influenceStatement));
    error(
      '2.3b',
      lacking ? `members[${members.indexOf(lacking)}].influenceStatement` : 'members',
      lacking
        ? `State the industry influence of the member outside Luzhou (at least ${minOutside} required).`
        : `At least ${minOutside} member(s) outside Luzhou (enterprise, university or research institute) with industry influence are required.`,
      lacking
        ? `应说明该市外成员单位的行业影响力（至少需要${minOutside}家）。`
        : `成员单位中至少应有${minOutside}家具有行业影响力的市外单位（企业、高校或科研院所）。`,
    );
  }

  // ---- 2.4: formation agreement and governance (hard) -----------------------------------------
  if (!ctx.attachments.some((a) => a.category === 'AGREEMENT')) {
    error(
      '2.4',
      'attachments',
      'Attach the formation agreement signed by every member (category AGREEMENT).',
      '应上传各成员单位签订的组建协议（类别 AGREEMENT）。',
    );
  }
  // The text only asks to "explore" (探索推行) council decision-making, so `council: false` is not a
  // refusal; the management arrangement (lead enterprise manages) must be described.
  if (blank(doc.governance?.management)) {
    error(
      '2.4',
      'governance.management',
      'Describe how the consortium is managed (the lead unit manages the joint R&D).',
      '应说明组织管理制度（由牵头企业统筹管理联合攻关）。',
    );
  }

  // ---- 2.5: every member contributes (hard) ---------------------------------------------------
  members.forEach((m, i) => {
    const c = m.contribution;
    const any =
      (c?.fundsFen ?? 0) > 0 ||
      !blank(c?.technology) ||
      !blank(c?.talent) ||
      !blank(c?.equipment) ||
      !blank(c?.premises);
    if (!any) {
      error(
        '2.5',
        `members[${i}].contribution`,
        `${m.name ?? `Member ${i + 1}`} must state what it contributes (funds, technology, talent, equipment or premises).`,
        `${m.name ?? `第${i + 1}家成员单位`}应说明其提供的资金、技术、人才、仪器设备或场地等支持。`,
      );
    }
  });

  // ---- 5.3: integrity commitment (hard) -------------------------------------------------------
  const commitments = ctx.attachments.filter((a) => a.category === 'COMMITMENT');
  if (commitments.length === 0) {
    error(
      '5.3',
      'attachments',
      'Attach the integrity commitment (category COMMITMENT).',
      '应上传诚信承诺书（类别 COMMITMENT）。',
    );
  } else if (!commitments.some((a) => a.id === doc.commitment?.attachmentId)) {
    error(
      '5.3',
      'commitment.attachmentId',
      'The commitment must refer to an attached integrity commitment (category COMMITMENT).',
      '承诺信息应指向已上传的诚信承诺书。',
    );
  }
  if (blank(doc.commitment?.attestedBy)) {
    error('5.3', 'commitment.attestedBy', 'State who attests the commitment.', '应填写承诺人。');
  }
  if (blank(doc.commitment?.attestedAt)) {
    error('5.3', 'commitment.attestedAt', 'State when the commitment was attested.', '应填写承诺时间。');
  }

  // ---- C.1: open call, one open application per lead (hard) -----------------------------------
  if (!ctx.callOpen) {
    error('C.1', 'callId', 'The call is not open for submission.', '当前不在申报期内。');
  }
  if (ctx.otherOpenApplicationForLead) {
    error(
      'C.1',
      'lead.uscc',
      'The lead unit already has an open application in this call.',
      '该牵头单位在本批次已有在办申报。',
    );
  }

  // ---- 5.3a: no active credit finding against the lead or a member (hard) --------------------
  const credit = ctx.activeCreditFindings ?? [];
  const findingOf = (uscc: string | undefined) =>
    uscc === undefined ? undefined : credit.find((f) => f.uscc === uscc);
  const until = (f: ActiveCreditFinding) => (f.until === null ? '' : ` until ${f.until}`);
  const untilZh = (f: ActiveCreditFinding) => (f.until === null ? '' : `（有效期至${f.until}）`);
  const leadFinding = policy.credit.blocksLead ? findingOf(lead?.uscc) : undefined;
  if (leadFinding) {
    error(
      '5.3a',
      'lead.uscc',
      `The lead unit has an active credit finding (${leadFinding.decisionRef}${until(leadFinding)}): it cannot lead an application while the finding is in effect.`,
      `牵头单位存在在效信用记录（${leadFinding.decisionRef}）${untilZh(leadFinding)}，有效期内不得牵头申报。`,
    );
  }
  if (policy.credit.blocksMember) {
    members.forEach((m, i) => {
      const f = findingOf(m.uscc);
      if (!f || m.uscc === lead?.uscc) return;
      error(
        '5.3a',
        `members[${i}].uscc`,
        `Member ${m.uscc} has an active credit finding (${f.decisionRef}${until(f)}): it cannot join an application while the finding is in effect.`,
        `成员单位${m.uscc}存在在效信用记录（${f.decisionRef}）${untilZh(f)}，有效期内不得参与申报。`,
      );
    });
  }

  // ---- C.2: complete at submission (hard) ----------------------------------------------------
  // Whatever the rules above did not already report: each part of the document still missing.
  const complete = applicationDocumentSchema.safeParse(doc);
  if (!complete.success) {
    const reported = findings.map((f) => f.path);
    for (const issue of complete.error.issues) {
      const path = formatPath(issue.path);
      // Said already: at this path, inside it, or about the part that holds it.
      const within = (inner: string, outer: string) =>
        inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
      if (reported.some((p) => within(p, path) || within(path, p))) continue;
      reported.push(path);
      const missing = valueAt(doc, issue.path) === undefined;
      const said = issueToProblemError(issue)[0];
      error(
        'C.2',
        path || 'document',
        missing ? `${path} is missing: fill it in before submitting.` : `${path}: ${issue.message}.`,
        missing
          ? `尚未填写 ${path}，提交前须填写完整。`
          : `${path} 填写有误：${said?.messageZh ?? '不符合要求'}。`,
      );
    }
  }

  return { eligible: !findings.some((f) => f.blocking), findings };
}

function valueAt(doc: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    doc,
  );
}

/** Only the findings that block submission. */
export function blockingFindings(result: EligibilityResult): EligibilityFinding[] {
  return result.findings.filter((f) => f.blocking);
}

/** The rules this function checks. */
export const ELIGIBILITY_RULES: readonly RuleId[] = Object.freeze([
  '2.1a',
  '2.1b',
  '2.2',
  '2.3a',
  '2.3b',
  '2.4',
  '2.5',
  '5.3',
  '5.3a',
  'C.1',
  'C.2',
] as const);
