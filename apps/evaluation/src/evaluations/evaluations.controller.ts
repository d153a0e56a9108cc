import { Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Authenticated, CurrentPrincipal, Roles, type Principal } from '@lz/auth';
import { ApiOperation, Idempotent, listOrExport, ZodBody, ZodParam, ZodQuery, ZodResponse } from '@lz/http';
import { EVALUATIONS_EXPORT } from './evaluation-export.constants';
import {
  assignBodySchema,
  evaluationListSchema,
  evaluationViewSchema,
  listEvaluationsQuerySchema,
  reportBodySchema,
  resultBodySchema,
  type AssignBody,
  type ListEvaluationsQuery,
  type ReportBody,
  type ResultBody,
} from './evaluations.schema';
import { EvaluationsService } from './evaluations.service';

/** Biennial evaluations (每两年评估一次, docs/SPEC.md 5.2a–c), scoped per docs/SPEC.md §6. */
@Controller('evaluations')
export class EvaluationsController {
  constructor(private readonly evaluations: EvaluationsService) {}

  @Get()
  @Roles('applicant', 'evaluator', 'officer')
  @ZodResponse(200, evaluationListSchema)
  @ApiOperation({
    zh: '评估列表(按范围;format=xlsx|csv 导出)',
    en: "List the evaluations in the caller's scope (format=xlsx|csv exports them)",
    exports: ['xlsx', 'csv'],
  })
  list(@ZodQuery(listEvaluationsQuerySchema) query: ListEvaluationsQuery, @CurrentPrincipal() p: Principal) {
    return listOrExport(query, EVALUATIONS_EXPORT, (q) => this.evaluations.list(p, q));
  }

  /** Any role may ask; outside the caller's scope the answer is 404 (no existence leak). */
  @Get(':id')
  @Authenticated()
  @ZodResponse(200, evaluationViewSchema)
  @ApiOperation({ zh: '查看评估', en: 'Read an evaluation' })
  get(@ZodParam('id', z.uuid()) id: string, @CurrentPrincipal() p: Principal) {
    return this.evaluations.get(p, id);
  }

  @Post(':id/report')
  @HttpCode(200)
  @Roles('applicant')
  @Idempotent()
  @ZodResponse(200, evaluationViewSchema)
  @ApiOperation({
    zh: '提交评估报告',
    en: 'Submit the evaluation report while the window is open',
    errors: [409],
  })
  report(
    @ZodParam('id', z.uuid()) id: string,
    @ZodBody(reportBodySchema) body: ReportBody,
    @CurrentPrincipal() principal: Principal,
    @Req() req: FastifyRequest,
  ) {
    return this.evaluations.submitReport({ principal, ip: req.ip }, id, body);
  }

  @Post(':id/assign')
  @HttpCode(200)
  @Roles('officer')
  @ZodResponse(200, evaluationViewSchema)
  @ApiOperation({ zh: '指派评估机构', en: 'Assign the evaluator institution', errors: [409] })
  assign(
    @ZodParam('id', z.uuid()) id: string,
    @ZodBody(assignBodySchema) body: AssignBody,
    @CurrentPrincipal() principal: Principal,
    @Req() req: FastifyRequest,
  ) {
    return this.evaluations.assign({ principal, ip: req.ip }, id, body);
  }

  @Post(':id/result')
  @HttpCode(200)
  @Roles('evaluator')
  @Idempotent()
  @ZodResponse(200, evaluationViewSchema)
  @ApiOperation({ zh: '录入评估结果', en: 'Record the evaluation result', errors: [409] })
  result(
    @ZodParam('id', z.uuid()) id: string,
    @ZodBody(resultBodySchema) body: ResultBody,
    @CurrentPrincipal() principal: Principal,
    @Req() req: FastifyRequest,
  ) {
    return this.evaluations.recordResult({ principal, ip: req.ip }, id, body);
  }
}
