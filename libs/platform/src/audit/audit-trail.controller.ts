import { Controller, Get, Inject, type Type } from '@nestjs/common';
import { readAuditTrail, verifyAuditChain, type AuditChainVerdict, type AuditTrailRow } from '@lz/audit';
import { Roles } from '@lz/auth';
import { ApiOperation, ZodQuery, ZodResponse } from '@lz/http';
import type { SqlClient } from '@lz/persistence';
import { SERVICE_DATABASE } from '../health.indicators';
import { ACTOR_UNIT_KEY } from './audit-trail';
import {
  auditChainVerdictSchema,
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
 * consortium, claim, … (officer), each with its state in the service's SM3 chain (libs/audit
 * `readAuditTrail`); `GET /audit/<service>/verification`: the verdict of the whole chain.
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
      zh: '审计记录（按对象），每条带链校验状态',
      en: 'The audit rows of one subject, each with its chain state',
      notes:
        '本服务中对象为该 id、或明细中含该 id 的审计记录，按时间排序；操作者只显示角色与单位(不含登录名、IP)；每条记录带其在本服务 SM3 链中的状态 `chain`(VERIFIED / BROKEN / UNVERIFIED / PENDING)；整条链的校验结果见 /audit/<service>/verification。 · ' +
        "This service's audit rows whose object is the id or whose detail names it, in time order; the actor by role and unit only (no login, no address); each row carries its state in this service's SM3 chain (VERIFIED / BROKEN / UNVERIFIED / PENDING); the whole chain's verdict is /audit/<service>/verification.",
    })
    async list(@ZodQuery(auditTrailQuerySchema) query: AuditTrailQuerySchema): Promise<AuditTrailPage> {
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
      };
    }

    @Get('verification')
    @ZodResponse(200, auditChainVerdictSchema)
    @ApiOperation({
      zh: '校验本服务的 SM3 审计链',
      en: "Verify this service's SM3 audit chain",
      notes:
        '重新计算整条链（libs/audit verifyAuditChain）：断点位置、相关记录与原因。 · Recomputes the whole chain (libs/audit verifyAuditChain): where it breaks, the row concerned and why.',
    })
    async verification(): Promise<AuditChainVerdictView> {
      const verifiedAt = new Date();
      return verdictView(await verifyAuditChain(this.db), verifiedAt);
    }
  }
  Object.defineProperty(AuditTrailController, 'name', { value: 'AuditTrailController' });
  return AuditTrailController;
}
