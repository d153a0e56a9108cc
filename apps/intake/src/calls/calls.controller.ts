import { Controller, Get, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CurrentPrincipal, Public, Roles, type Principal } from '@lz/auth';
import { Idempotent, ZodBody, ZodParam, ZodQuery, ZodResponse } from '@lz/http';
import { CallsService } from './calls.service';
import {
  callPageSchema,
  callViewSchema,
  createCallSchema,
  listCallsQuerySchema,
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
  create(
    @ZodBody(createCallSchema) body: CreateCall,
    @CurrentPrincipal() principal: Principal,
    @Req() req: FastifyRequest,
  ) {
    return this.calls.create(body, { principal, ip: req.ip });
  }

  @Get()
  @Public()
  @ZodResponse(200, callPageSchema)
  list(@ZodQuery(listCallsQuerySchema) query: ListCallsQuery) {
    return this.calls.list(query);
  }

  @Get(':id')
  @Public()
  @ZodResponse(200, callViewSchema)
  get(@ZodParam('id', z.uuid()) id: string) {
    return this.calls.get(id);
  }
}
