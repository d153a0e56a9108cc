import { Controller, Get, Inject, type Type } from '@nestjs/common';
import { readAuditTrail, type AuditChainVerdict, type AuditTrailRow } from '@lz/audit';
import { Roles } from '@lz/auth';
import { ApiOperation, ZodQuery, ZodResponse } from '@lz/http';
import type { SqlClient } from '@lz/persistence';
import { SERVICE_DATABASE } from '../health.indicators';
import { ACTOR_UNIT_KEY } from './audit-trail';
import {
  auditTrailPageSchema,
  auditTrailQuerySchema,
  type AuditChainVerdictView,
  type AuditTrailEntry,
  type AuditTrailPage,
  type AuditTrailQuerySchema,
} from './audit-trail.schema';

/**
 * Keys of an audit row's detail that hold who a person is or where they were (a login, an address, a
 * contact): kept in the service's table for the auditor with database access, never sent to a page.
 */
const PERSONAL_DETAIL_KEYS = new Set([
  'user',
  'sub',
  'actor',
  'ip',
  'contact',
  'phone',
  'email',
  ACTOR_UNIT_KEY,
]);

function withoutPersonalData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPersonalData);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !PERSONAL_DETAIL_KEYS.has(key))
      .map(([key, v]) => [key, withoutPersonalData(v)]),
  );
}

function entryOf(service: string, row: AuditTrailRow): AuditTrailEntry {
  const detail =
    row.detail !== null && typeof row.detail === 'object' ? (row.detail as Record<string, unknown>) : null;
  const unit = detail?.[ACTOR_UNIT_KEY];
  return {
    service,
    seq: row.seq,
    at: row.at,
    action: row.action,
    objectType: row.objectType,
    objectId: row.objectId,
    outcome: row.outcome,
    actor: {
      role: row.role,
      unit: typeof unit === 'string' ? unit : null,
      system: row.role === 'system' ? row.actor : null,
    },
    detail: detail === null ? null : (withoutPersonalData(detail) as Record<string, unknown>),
    position: row.position,
    chain: row.chain,
  };
}

function verdictView(verdict: AuditChainVerdict, verifiedAt: Date): AuditChainVerdictView {
  const counts = { rows: verdict.rows, chained: verdict.chained, unchained: verdict.unchained };
  return verdict.ok
    ? {
        ok: true,
        ...counts,
        brokenAt: null,
        brokenSeq: null,
        reason: null,
        lastPosition: verdict.lastPosition,
        lastHash: verdict.lastHash,
        verifiedAt: verifiedAt.toISOString(),
      }
    : {
        ok: false,
        ...counts,
        brokenAt: verdict.brokenAt,
        brokenSeq: verdict.seq,
        reason: verdict.reason,
        lastPosition: null,
        lastHash: null,
        verifiedAt: verifiedAt.toISOString(),
      };
}

/**
 * `GET /audit/<service>?subjectId=`: the service's own audit rows that concern one application,
 * consortium, claim, … (officer), and whether its SM3 chain verifies (libs/audit `readAuditTrail`).
 * Every service serves it under its own name (ServicePlatformModule registers it), so the gateway
 * routes `/api/v1/audit/<service>` to that service and the portal merges the answers.
 */
export function auditTrailController(service: string): Type<unknown> {
  @Controller(`audit/${service}`)
  @Roles('officer')
  class AuditTrailController {
    constructor(@Inject(SERVICE_DATABASE) private readonly db: SqlClient) {}

    @Get()
    @ZodResponse(200, auditTrailPageSchema)
    @ApiOperation({
      zh: '审计记录(按对象)与 SM3 链校验',
      en: "The audit rows of one subject and the SM3 chain's verification",
      notes:
        '本服务中对象为该 id、或明细中含该 id 的审计记录，按时间排序；操作者只显示角色与单位(不含登录名、IP)；`chain` 为本服务整条 SM3 链的校验结果，每条记录另有 `chain` 状态(VERIFIED / BROKEN / UNVERIFIED / PENDING)。 · ' +
        "This service's audit rows whose object is the id or whose detail names it, in time order; the actor by role and unit only (no login, no address); `chain` is the verdict over this service's whole SM3 chain, and each row carries its own state (VERIFIED / BROKEN / UNVERIFIED / PENDING).",
    })
    async list(@ZodQuery(auditTrailQuerySchema) query: AuditTrailQuerySchema): Promise<AuditTrailPage> {
      const verifiedAt = new Date();
      const trail = await readAuditTrail(this.db, {
        subjectId: query.subjectId,
        direction: query.sort[0]?.direction ?? 'asc',
        offset: (query.page - 1) * query.pageSize,
        limit: query.pageSize,
      });
      return {
        items: trail.rows.map((row) => entryOf(service, row)),
        total: trail.total,
        page: query.page,
        pageSize: query.pageSize,
        chain: verdictView(trail.verdict, verifiedAt),
      };
    }
  }
  Object.defineProperty(AuditTrailController, 'name', { value: 'AuditTrailController' });
  return AuditTrailController;
}
