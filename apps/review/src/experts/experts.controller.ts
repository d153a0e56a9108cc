import { Controller, Get, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { CurrentPrincipal, Roles, type Principal } from '@lz/auth';
import { ApiOperation, Idempotent, ZodBody, ZodQuery, ZodResponse } from '@lz/http';
import {
  expertBodySchema,
  expertListQuerySchema,
  expertListSchema,
  expertSchema,
  type ExpertBody,
  type ExpertListQuery,
} from './experts.schema';
import { ExpertsService } from './experts.service';

/** The expert pool: officers only. */
@Controller('experts')
@Roles('officer')
export class ExpertsController {
  constructor(private readonly service: ExpertsService) {}

  @Post()
  @Idempotent()
  @ZodResponse(201, expertSchema)
  @ApiOperation({ zh: '登记专家入库', en: 'Register an expert in the pool' })
  register(
    @ZodBody(expertBodySchema) body: ExpertBody,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ) {
    return this.service.register(p, req.ip, body);
  }

  @Get()
  @ZodResponse(200, expertListSchema)
  @ApiOperation({ zh: '专家库列表', en: 'List the expert pool' })
  list(@ZodQuery(expertListQuerySchema) query: ExpertListQuery) {
    return this.service.list(query);
  }
}
