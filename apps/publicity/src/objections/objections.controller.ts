import { Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CurrentPrincipal, Public, Roles, type Principal } from '@lz/auth';
import { ApiOperation, Idempotent, ZodBody, ZodParam, ZodResponse } from '@lz/http';
import {
  filedObjectionSchema,
  fileObjectionBodySchema,
  objectionViewSchema,
  resolveObjectionBodySchema,
  type FileObjectionBody,
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
  @ZodResponse(200, z.object({ objections: z.array(objectionViewSchema) }))
  @ApiOperation({ zh: '某公示的异议(含联系方式)', en: 'The objections of a notice, contacts included' })
  async list(@ZodParam('id', z.uuid()) noticeId: string) {
    return { objections: await this.objections.listForNotice(noticeId) };
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
