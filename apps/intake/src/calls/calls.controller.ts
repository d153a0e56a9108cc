import { Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CurrentPrincipal, Public, Roles, type Principal } from '@lz/auth';
import { ApiOperation, Idempotent, ZodBody, ZodParam, ZodQuery, ZodResponse } from '@lz/http';
import { CallsService } from './calls.service';
import {
  callPageSchema,
  callViewSchema,
  closeCallSchema,
  createCallSchema,
  listCallsQuerySchema,
  type CloseCall,
  type CreateCall,
  type ListCallsQuery,
} from './calls.schema';

/** 申报通知 (docs/SPEC.md §3.1): officers publish, anyone reads. */
@Controller('calls')
export class CallsController {
  constructor(private readonly calls: CallsService) {}

  @Post()
  @Roles('officer')
  @Idempotent()
  @ZodResponse(201, callViewSchema)
  @ApiOperation({
    zh: '发布年度申报通知',
    en: 'Publish the annual call',
    errors: [422],
    notes: '同一年度第二个批次须附说明(justification)。 · A second call in a year needs a justification.',
  })
  create(
    @ZodBody(createCallSchema) body: CreateCall,
    @CurrentPrincipal() principal: Principal,
    @Req() req: FastifyRequest,
  ) {
    return this.calls.create(body, { principal, ip: req.ip });
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('officer')
  @Idempotent()
  @ZodResponse(200, callViewSchema)
  @ApiOperation({
    zh: '提前截止申报通知',
    en: 'Close an open call now',
    errors: [404, 409],
    notes:
      '须写明理由(reason),记入审计记录;仅申报中的通知可截止。 · Needs a reason (audited); only an open call can be closed.',
  })
  close(
    @ZodParam('id', z.uuid()) id: string,
    @ZodBody(closeCallSchema) body: CloseCall,
    @CurrentPrincipal() principal: Principal,
    @Req() req: FastifyRequest,
  ) {
    return this.calls.close(id, body, { principal, ip: req.ip });
  }

  @Get()
  @Public()
  @ZodResponse(200, callPageSchema)
  @ApiOperation({ zh: '申报通知列表', en: 'List the calls' })
  list(@ZodQuery(listCallsQuerySchema) query: ListCallsQuery) {
    return this.calls.list(query);
  }

  @Get(':id')
  @Public()
  @ZodResponse(200, callViewSchema)
  @ApiOperation({ zh: '查看申报通知', en: 'Read a call' })
  get(@ZodParam('id', z.uuid()) id: string) {
    return this.calls.get(id);
  }
}
