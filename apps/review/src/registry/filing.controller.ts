import { Controller, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { CurrentPrincipal, Roles, type Principal } from '@lz/auth';
import { ApiOperation, Idempotent, ZodParam, ZodResponse } from '@lz/http';
import { entityIdSchema } from '@lz/policy';
import { FilingService } from './filing.service';
import { consortiumSchema } from './registry.schema';

/** 审批备案 (docs/SPEC.md §3.6): officer approval of a cleared item. */
@Controller('filings')
export class FilingController {
  constructor(private readonly filing: FilingService) {}

  @Post(':applicationId/approve')
  @Roles('officer')
  @Idempotent()
  @ZodResponse(201, consortiumSchema)
  @ApiOperation({ zh: '批准备案(公示期满无异议)', en: 'Approve the filing of a cleared item', errors: [409] })
  approve(
    @ZodParam('applicationId', entityIdSchema) applicationId: string,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ) {
    return this.filing.approve(p, req.ip, applicationId);
  }
}
