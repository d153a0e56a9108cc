import { ConflictProblem } from '@lz/http';
import type { ActiveFinding } from './credit-findings.repository';

/** 409 rule 5.3a: a credit finding in effect against the consortium's lead or a member holds its claims. */
export class CreditFindingHoldProblem extends ConflictProblem {
  constructor(findings: readonly ActiveFinding[], path: string) {
    const refs = findings.map((f) => `${f.uscc}（${f.decisionRef}）`).join('、');
    super(
      '5.3a',
      `A credit finding is in effect against the consortium's lead or a member (${findings
        .map((f) => `${f.uscc}, ${f.decisionRef}`)
        .join('; ')}): its claims are stopped while it is in effect`,
      `创新联合体牵头单位或成员单位存在在效信用记录：${refs}，有效期内补助申请中止办理。`,
      path,
    );
  }
}
