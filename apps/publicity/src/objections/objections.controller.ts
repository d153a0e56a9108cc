import { Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CurrentPrincipal, Public, Roles, type Principal } from '@lz/auth';
import { ApiOperation, Idempotent, ZodBody, ZodParam, ZodQuery, ZodResponse } from '@lz/http';
import {
  filedObjectionSchema,
  fileObjectionBodySchema,
  listObjectionsQuerySchema,
  noticeObjectionsQuerySchema,
  objectionPageSchema,
  objectionReceiptSchema,
  objectionViewSchema,
  receiptNoParamSchema,
  resolveObjectionBodySchema,
  type FileObjectionBody,
  type ListObjectionsQuery,
  type ResolveObjectionBody,
} from './objections.schema';
import { ObjectionsService } from './objections.service';

/** Objections (异议): anyone files one without login while the notice is open; officers resolve. */
@Controller()
export class ObjectionsController {
  constructor(private readonly objections: ObjectionsService) {}

  @Post('notices/:id/objections')
  @HttpCode(201)
  @Public()
  @Idempotent()
  @ZodResponse(201, filedObjectionSchema)
  @ApiOperation({
    zh: '提出异议(无需登录)',
    en: 'File an objection (no sign-in) while the notice is open',
    errors: [409, 429],
    notes: '按来源地址限流。 · Rate-limited per client address.',
  })
  async file(
    @ZodParam('id', z.uuid()) noticeId: string,
    @ZodBody(fileObjectionBodySchema) body: FileObjectionBody,
    @Req() req: FastifyRequest,
  ) {
    await this.objections.limit(req.ip);
    return this.objections.file(noticeId, body, { public: true, ip: req.ip });
  }

  /** The objections of a notice with their contacts: officers only (personal data). */
  @Get('notices/:id/objections')
  @Roles('officer')
  @ZodResponse(200, objectionPageSchema)
  @ApiOperation({ zh: '某公示的异议(含联系方式)', en: 'The objections of a notice, contacts included' })
  listForNotice(
    @ZodParam('id', z.uuid()) noticeId: string,
    @ZodQuery(noticeObjectionsQuerySchema) query: z.output<typeof noticeObjectionsQuerySchema>,
  ) {
    return this.objections.listForNotice(noticeId, query);
  }

  /** Every notice's objections with their contacts: officers only (personal data). */
  @Get('objections')
  @Roles('officer')
  @ZodResponse(200, objectionPageSchema)
  @ApiOperation({ zh: '全部异议(含联系方式)', en: 'Every objection, contacts included' })
  list(@ZodQuery(listObjectionsQuerySchema) query: ListObjectionsQuery) {
    return this.objections.list(query);
  }

  /** The objector's lookup by 回执编号: status and the decision's public reason, never the contact. */
  @Get('objections/receipts/:receiptNo')
  @Public()
  @ZodResponse(200, objectionReceiptSchema)
  @ApiOperation({
    zh: '按回执编号查询异议处理情况',
    en: 'Look an objection up by its receipt number (status and public reason)',
  })
  receipt(@ZodParam('receiptNo', receiptNoParamSchema) receiptNo: string) {
    return this.objections.receipt(receiptNo);
  }

  @Post('objections/:id/resolution')
  @HttpCode(200)
  @Roles('officer')
  @ZodResponse(200, objectionViewSchema)
  @ApiOperation({
    zh: '处理异议(成立/不成立)',
    en: 'Resolve an objection (upheld, dismissed)',
    errors: [409],
  })
  resolve(
    @ZodParam('id', z.uuid()) id: string,
    @ZodBody(resolveObjectionBodySchema) body: ResolveObjectionBody,
    @CurrentPrincipal() principal: Principal,
    @Req() req: FastifyRequest,
  ) {
    return this.objections.resolve(id, body, { principal, ip: req.ip });
  }
}
