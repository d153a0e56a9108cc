import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CurrentPrincipal, Roles, type Principal } from '@lz/auth';
import { ApiOperation, Idempotent, ZodParam, ZodResponse } from '@lz/http';
import { eligibilityViewSchema, submissionViewSchema } from './submission.schema';
import { SubmissionService } from './submission.service';

/** Eligibility dry run and submission (docs/API.md "intake"; docs/SPEC.md §2, 5.3, C.1). */
@Controller('applications/:id')
export class SubmissionController {
  constructor(private readonly submission: SubmissionService) {}

  @Post('eligibility')
  @HttpCode(200)
  @Roles('applicant', 'reviewer', 'officer')
  @ZodResponse(200, eligibilityViewSchema)
  @ApiOperation({ zh: '资格自检(不提交)', en: 'Eligibility dry run (docs/SPEC.md §2), nothing is submitted' })
  eligibility(
    @ZodParam('id', z.uuid()) id: string,
    @CurrentPrincipal() principal: Principal,
    @Req() req: FastifyRequest,
  ) {
    return this.submission.eligibility(id, { principal, ip: req.ip });
  }

  @Post('submit')
  @HttpCode(200)
  @Idempotent({ required: true, oneTransaction: true })
  @Roles('applicant', 'reviewer', 'officer')
  @ZodResponse(200, submissionViewSchema)
  @ApiOperation({
    zh: '提交申报书',
    en: 'Submit the application',
    errors: [409, 422],
    notes:
      '硬性规则不满足或软性规则缺少说明时返回 422,errors[].rule 为规则编号。 · 422 lists the failed rules (docs/SPEC.md rule IDs) when a hard rule fails or a flag lacks its justification.',
  })
  submit(
    @ZodParam('id', z.uuid()) id: string,
    @CurrentPrincipal() principal: Principal,
    @Req() req: FastifyRequest,
  ) {
    return this.submission.submit(id, { principal, ip: req.ip });
  }
}
