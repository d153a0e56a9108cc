import { Injectable } from '@nestjs/common';
import type { CreditFindingEndedV1, CreditFindingRecordedV1 } from '@lz/policy';
import type { PrismaTx } from '../infra/prisma/prisma.service';

export interface ActiveFinding {
  findingId: string;
  uscc: string;
  decisionRef: string;
  policyVersion: string;
}

/** In effect on a legal day `$n` (Asia/Shanghai `YYYY-MM-DD`): as isCreditFindingActive in @lz/policy. */
const ACTIVE_ON = (day: string) => `f.recorded AND f.valid_from <= ${day}
  AND (f.valid_until IS NULL OR f.valid_until >= ${day})
  AND (f.ended_on IS NULL OR f.ended_on > ${day})`;

/**
 * The credit findings as this service knows them (docs/SPEC.md 5.3a), whatever order their events
 * arrive in, and the pending claims they stop.
 */
@Injectable()
export class CreditFindingsRepository {
  /** Stores the finding's facts; an end that arrived first is kept. False when already recorded. */
  async record(tx: PrismaTx, f: CreditFindingRecordedV1): Promise<boolean> {
    const rows = await tx.$queryRawUnsafe<{ finding_id: string }[]>(
      `INSERT INTO credit_finding (finding_id, uscc, recorded, decision_ref, valid_from, valid_until, policy_version)
       VALUES ($1, $2, true, $3, $4, $5, $6)
       ON CONFLICT (finding_id) DO UPDATE SET recorded = true, decision_ref = EXCLUDED.decision_ref,
         valid_from = EXCLUDED.valid_from, valid_until = EXCLUDED.valid_until,
         policy_version = EXCLUDED.policy_version
        WHERE NOT credit_finding.recorded
       RETURNING finding_id`,
      f.findingId,
      f.uscc,
      f.decisionRef,
      f.from,
      f.until,
      f.policyVersion,
    );
    return rows.length === 1;
  }

  /** Stores the end (before or after the finding itself arrived). False when already ended. */
  async end(tx: PrismaTx, e: CreditFindingEndedV1): Promise<boolean> {
    const rows = await tx.$queryRawUnsafe<{ finding_id: string }[]>(
      `INSERT INTO credit_finding (finding_id, uscc, ended_on) VALUES ($1, $2, $3)
       ON CONFLICT (finding_id) DO UPDATE SET ended_on = EXCLUDED.ended_on
        WHERE credit_finding.ended_on IS NULL
       RETURNING finding_id`,
      e.findingId,
      e.uscc,
      e.endedOn,
    );
    return rows.length === 1;
  }

  /** The findings in effect on `day` against the consortium's lead or any of its members. */
  activeAgainstConsortium(tx: PrismaTx, consortiumId: string, day: string): Promise<ActiveFinding[]> {
    return tx.$queryRawUnsafe<ActiveFinding[]>(
      `SELECT f.finding_id AS "findingId", f.uscc, f.decision_ref AS "decisionRef",
              f.policy_version AS "policyVersion"
         FROM credit_finding f
        WHERE ${ACTIVE_ON('$2')}
          AND (f.uscc IN (SELECT lead_uscc FROM consortium WHERE id = $1)
               OR f.uscc IN (SELECT uscc FROM consortium_member WHERE consortium_id = $1))
        ORDER BY f.finding_id`,
      consortiumId,
      day,
    );
  }

  /** Whether the finding is in effect on `day` (known, recorded, inside its period, not ended). */
  async isActive(tx: PrismaTx, findingId: string, day: string): Promise<boolean> {
    const rows = await tx.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM credit_finding f WHERE f.finding_id = $1 AND ${ACTIVE_ON('$2')}`,
      findingId,
      day,
    );
    return (rows[0]?.n ?? 0) > 0;
  }

  /** The registered consortia (in the registry) whose lead or member is this unit. */
  async consortiaOf(tx: PrismaTx, uscc: string): Promise<string[]> {
    const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
      `SELECT c.id FROM consortium c
        WHERE c.status = 'ACTIVE'
          AND (c.lead_uscc = $1 OR EXISTS (SELECT 1 FROM consortium_member m WHERE m.consortium_id = c.id AND m.uscc = $1))
        ORDER BY c.id`,
      uscc,
    );
    return rows.map((r) => r.id);
  }

  /** 5.3a: the PENDING claims of these consortia → STOPPED, with the finding and a reason. */
  async stopPendingClaims(
    tx: PrismaTx,
    consortiumIds: readonly string[],
    findingId: string,
    reason: string,
    at: Date,
  ): Promise<string[]> {
    if (consortiumIds.length === 0) return [];
    const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
      `UPDATE claim SET status = 'STOPPED', stopped_at = $2::timestamptz, stop_rule = '5.3a',
              stop_reason = $3, stopped_by_finding = $4
        WHERE consortium_id = ANY($1::text[]) AND status = 'PENDING'
        RETURNING id::text AS id`,
      [...consortiumIds],
      at.toISOString(),
      reason,
      findingId,
    );
    return rows.map((r) => r.id);
  }

  /** The claims this finding stopped, of consortia still in the registry, by consortium. */
  async stoppedBy(tx: PrismaTx, findingId: string): Promise<{ id: string; consortiumId: string }[]> {
    return tx.$queryRawUnsafe<{ id: string; consortiumId: string }[]>(
      `SELECT cl.id::text AS id, cl.consortium_id AS "consortiumId"
         FROM claim cl JOIN consortium c ON c.id = cl.consortium_id
        WHERE cl.stopped_by_finding = $1 AND cl.status = 'STOPPED' AND cl.stop_rule = '5.3a'
          AND c.status = 'ACTIVE'
        ORDER BY cl.id`,
      findingId,
    );
  }

  /** STOPPED (by 5.3a) → PENDING again. */
  async resume(tx: PrismaTx, claimIds: readonly string[]): Promise<void> {
    if (claimIds.length === 0) return;
    await tx.$executeRawUnsafe(
      `UPDATE claim SET status = 'PENDING', stopped_at = NULL, stop_rule = NULL, stop_reason = NULL,
              stopped_by_finding = NULL
        WHERE id = ANY($1::uuid[]) AND status = 'STOPPED' AND stop_rule = '5.3a'`,
      [...claimIds],
    );
  }
}
