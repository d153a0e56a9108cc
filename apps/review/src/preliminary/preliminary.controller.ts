import { Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { CurrentPrincipal, Roles, type Principal } from '@lz/auth';
import {
  ApiOperation,
  Idempotent,
  listOrExport,
  pageOf,
  ZodBody,
  ZodParam,
  ZodQuery,
  ZodResponse,
} from '@lz/http';
import { entityIdSchema } from '@lz/policy';
import { caseMembers } from '../cases/review-case.repository';
import {
  preliminaryDecisionBodySchema,
  preliminaryDecisionResponseSchema,
  queueQuerySchema,
  queueSchema,
  type PreliminaryDecisionBody,
  type QueueQuery,
} from './preliminary.schema';
import { PRELIMINARY_QUEUE_EXPORT } from './preliminary-export.constants';
import { PreliminaryService, type ReviewerPrincipal } from './preliminary.service';

/** 区县、园区初审 (docs/SPEC.md §3.3): a reviewer sees and decides only its own jurisdiction's applications. */
@Controller('preliminary-reviews')
export class PreliminaryController {
  constructor(private readonly service: PreliminaryService) {}

  @Get()
  @Roles('reviewer')
  @ZodResponse(200, queueSchema)
  @ApiOperation({
    zh: '本辖区初审队列(format=xlsx|csv 导出;status 取已决定的状态即本辖区的初审决定)',
    en: "The preliminary-review queue of the caller's jurisdiction (format=xlsx|csv exports it; a decided status lists its decisions)",
    exports: ['xlsx', 'csv'],
  })
  queue(@ZodQuery(queueQuerySchema) q: QueueQuery, @CurrentPrincipal() p: Principal) {
    return listOrExport(q, PRELIMINARY_QUEUE_EXPORT, (pq) => this.queuePage(p as ReviewerPrincipal, pq));
  }

  private async queuePage(p: ReviewerPrincipal, q: QueueQuery) {
    const { rows, total } = await this.service.queue(p, q);
    return pageOf(
      rows.map((c) => ({
        applicationId: c.applicationId,
        revision: c.revision,
        callId: c.callId,
        name: c.name,
        field: c.field,
        jurisdictionCode: c.jurisdictionCode,
        leadUscc: c.leadUscc,
        leadName: c.leadName,
        members: caseMembers(c),
        submittedAt: c.submittedAt.toISOString(),
        status: c.status,
      })),
      total,
      q,
    );
  }

  @Post(':applicationId/decision')
  @HttpCode(200)
  @Roles('reviewer')
  @Idempotent()
  @ZodResponse(200, preliminaryDecisionResponseSchema)
  @ApiOperation({
    zh: '初审决定(推荐/退回/不予推荐)',
    en: 'Decide a preliminary review (recommend, return, not recommend)',
    errors: [409],
  })
  decide(
    @ZodParam('applicationId', entityIdSchema) applicationId: string,
    @ZodBody(preliminaryDecisionBodySchema) body: PreliminaryDecisionBody,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ) {
    return this.service.decide(p as ReviewerPrincipal, req.ip, applicationId, body);
  }
}
