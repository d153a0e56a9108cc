import { Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CurrentPrincipal, Roles, type Principal } from '@lz/auth';
import { evidenceController } from '@lz/evidence';
import { ApiOperation, Idempotent, ZodBody, ZodParam, ZodQuery, ZodResponse } from '@lz/http';
import { CreditFindingsService } from './credit-findings.service';
import {
  creditFindingPageSchema,
  creditFindingViewSchema,
  endCreditFindingSchema,
  listCreditFindingsQuerySchema,
  recordCreditFindingSchema,
  type EndCreditFinding,
  type ListCreditFindingsQuery,
  type RecordCreditFinding,
} from './credit-findings.schema';

/** 信用管理 (docs/SPEC.md 5.3a): officers record and end findings; officers, reviewers and the unit itself read them. */
@Controller('credit-findings')
export class CreditFindingsController {
  constructor(private readonly findings: CreditFindingsService) {}

  @Post()
  @Roles('officer')
  @Idempotent()
  @ZodResponse(201, creditFindingViewSchema)
  @ApiOperation({
    zh: '记录信用记录（申报材料虚假或无效）',
    en: 'Record a credit finding against a unit',
    errors: [422],
    notes:
      '有效期内该单位不得牵头或参与申报（规则 5.3a），其联合体待审后补助申请中止；证据材料另行上传至 /credit-findings/:id/evidence。 · While in effect the unit cannot lead or join an application (rule 5.3a) and its consortium’s pending claims are stopped; upload evidence to /credit-findings/:id/evidence.',
  })
  record(
    @ZodBody(recordCreditFindingSchema) body: RecordCreditFinding,
    @CurrentPrincipal() principal: Principal,
    @Req() req: FastifyRequest,
  ) {
    return this.findings.record(body, { principal, ip: req.ip });
  }

  @Post(':id/end')
  @HttpCode(200)
  @Roles('officer')
  @Idempotent()
  @ZodResponse(200, creditFindingViewSchema)
  @ApiOperation({
    zh: '提前解除信用记录',
    en: 'End a credit finding early',
    errors: [404, 409],
    notes:
      '须写明理由（纠错、申诉成立等），自当日起失效；已解除或已期满的记录返回 409。 · Needs a reason (correction, appeal upheld); no longer in effect from today; an ended or expired finding is a 409.',
  })
  end(
    @ZodParam('id', z.uuid()) id: string,
    @ZodBody(endCreditFindingSchema) body: EndCreditFinding,
    @CurrentPrincipal() principal: Principal,
    @Req() req: FastifyRequest,
  ) {
    return this.findings.end(id, body, { principal, ip: req.ip });
  }

  @Get()
  @Roles('officer', 'reviewer', 'applicant')
  @ZodResponse(200, creditFindingPageSchema)
  @ApiOperation({
    zh: '信用记录列表',
    en: 'List credit findings',
    notes: '申报单位仅见本单位的记录。 · An applicant sees only its own unit’s findings.',
  })
  list(
    @ZodQuery(listCreditFindingsQuerySchema) query: ListCreditFindingsQuery,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.findings.list(principal, query);
  }

  @Get(':id')
  @Roles('officer', 'reviewer', 'applicant')
  @ZodResponse(200, creditFindingViewSchema)
  @ApiOperation({ zh: '查看信用记录', en: 'Read a credit finding', errors: [404] })
  get(@ZodParam('id', z.uuid()) id: string, @CurrentPrincipal() principal: Principal) {
    return this.findings.get(principal, id);
  }
}

/** The evidence of a credit finding (@lz/evidence): officers upload, whoever sees the finding downloads. */
export const CreditFindingEvidenceController = evidenceController({
  name: 'CreditFindingEvidenceController',
  path: 'credit-findings/:id/evidence',
  port: CreditFindingsService,
  upload: {
    roles: ['officer'],
    zh: '上传信用记录证据材料（multipart）',
    en: 'Upload evidence for a credit finding (multipart, field "file")',
    notes:
      '仅市科技局，记录解除前；文件类型按内容判定。 · Officers only, until the finding is ended; the media type is decided from the bytes.',
  },
  download: {
    roles: ['officer', 'reviewer', 'applicant'],
    zh: '下载信用记录证据材料（按 sha256 校验）',
    en: 'Download a piece of evidence of a credit finding, verified against its sha256',
  },
});
