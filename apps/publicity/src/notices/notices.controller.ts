import { Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CurrentPrincipal, Public, Roles, type Principal } from '@lz/auth';
import { Idempotent, ZodBody, ZodParam, ZodQuery, ZodResponse } from '@lz/http';
import {
  listNoticesQuerySchema,
  noticeListSchema,
  noticeViewSchema,
  publishNoticeBodySchema,
  type ListNoticesQuery,
  type PublishNoticeBody,
} from './notices.schema';
import { NoticesService } from './notices.service';

/** Public notices (公示, docs/SPEC.md §3.5): officers publish, anyone reads without login. */
@Controller('notices')
export class NoticesController {
  constructor(private readonly notices: NoticesService) {}

  @Post()
  @HttpCode(201)
  @Roles('officer')
  @Idempotent()
  @ZodResponse(201, noticeViewSchema)
  publish(
    @ZodBody(publishNoticeBodySchema) body: PublishNoticeBody,
    @CurrentPrincipal() principal: Principal,
    @Req() req: FastifyRequest,
  ) {
    return this.notices.publish(body, { principal, ip: req.ip });
  }

  @Get()
  @Public()
  @ZodResponse(200, noticeListSchema)
  list(@ZodQuery(listNoticesQuerySchema) query: ListNoticesQuery) {
    return this.notices.list(query);
  }

  @Get(':id')
  @Public()
  @ZodResponse(200, noticeViewSchema)
  get(@ZodParam('id', z.uuid()) id: string) {
    return this.notices.get(id);
  }
}
