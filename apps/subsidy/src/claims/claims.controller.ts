import { Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Authenticated, CurrentPrincipal, Roles, type Principal } from '@lz/auth';
import { ApiOperation, Idempotent, listOrExport, ZodBody, ZodParam, ZodQuery, ZodResponse } from '@lz/http';
import { CLAIMS_EXPORT } from './claim-export.constants';
import { ClaimDecisionService } from './claim-decision.service';
import {
  claimListSchema,
  claimViewSchema,
  createClaimBodySchema,
  decisionBodySchema,
  listClaimsQuerySchema,
  type CreateClaimBody,
  type DecisionBody,
  type ListClaimsQuery,
} from './claims.schema';
import { ClaimsService } from './claims.service';

/** Post-subsidy claims (后补助, docs/SPEC.md §4), scoped per docs/SPEC.md §6. */
@Controller('claims')
export class ClaimsController {
  constructor(
    private readonly claims: ClaimsService,
    private readonly decisions: ClaimDecisionService,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('applicant')
  @Idempotent()
  @ZodResponse(201, claimViewSchema)
  @ApiOperation({
    zh: '起草后补助申请',
    en: 'Create a draft subsidy claim (lead of an ACTIVE consortium)',
    errors: [404, 409],
  })
  create(
    @ZodBody(createClaimBodySchema) body: CreateClaimBody,
    @CurrentPrincipal() principal: Principal,
    @Req() req: FastifyRequest,
  ) {
    return this.claims.create({ principal, ip: req.ip }, body);
  }

  @Get()
  @Roles('applicant', 'officer')
  @ZodResponse(200, claimListSchema)
  @ApiOperation({
    zh: '后补助申请列表(按范围;format=xlsx|csv 导出)',
    en: "List the claims in the caller's scope (format=xlsx|csv exports them)",
    exports: ['xlsx', 'csv'],
  })
  list(@ZodQuery(listClaimsQuerySchema) query: ListClaimsQuery, @CurrentPrincipal() p: Principal) {
    return listOrExport(query, CLAIMS_EXPORT, (q) => this.claims.list(p, q));
  }

  /** Any role may ask; outside the caller's scope the answer is 404 (no existence leak). */
  @Get(':id')
  @Authenticated()
  @ZodResponse(200, claimViewSchema)
  @ApiOperation({ zh: '查看后补助申请', en: 'Read a claim' })
  get(@ZodParam('id', z.uuid()) id: string, @CurrentPrincipal() p: Principal) {
    return this.claims.get(p, id);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles('applicant')
  @Idempotent({ required: true })
  @ZodResponse(200, claimViewSchema)
  @ApiOperation({
    zh: '提交后补助申请',
    en: 'Submit a draft claim with its evidence (DRAFT → PENDING)',
    errors: [409, 422],
    notes:
      '未上传佐证材料时返回 422(规则 C.3)。 · 422 (rule C.3) while no evidence is uploaded; 409 once submitted or when the consortium is delisted (5.2c).',
  })
  submit(
    @ZodParam('id', z.uuid()) id: string,
    @CurrentPrincipal() principal: Principal,
    @Req() req: FastifyRequest,
  ) {
    return this.claims.submit({ principal, ip: req.ip }, id);
  }

  @Post(':id/decision')
  @HttpCode(200)
  @Roles('officer')
  @Idempotent()
  @ZodResponse(200, claimViewSchema)
  @ApiOperation({
    zh: '后补助核定(批准/驳回)',
    en: 'Decide a claim (grant, reject) within the caps and the budget',
    errors: [409],
  })
  decide(
    @ZodParam('id', z.uuid()) id: string,
    @ZodBody(decisionBodySchema) body: DecisionBody,
    @CurrentPrincipal() principal: Principal,
    @Req() req: FastifyRequest,
  ) {
    return this.decisions.decide({ principal, ip: req.ip }, id, body);
  }
}
