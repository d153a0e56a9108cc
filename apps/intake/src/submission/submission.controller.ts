import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CurrentPrincipal, Roles, type Principal } from '@lz/auth';
import { Idempotent, ZodParam, ZodResponse } from '@lz/http';
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
  eligibility(
    @ZodParam('id', z.uuid()) id: string,
    @CurrentPrincipal() principal: Principal,
    @Req() req: FastifyRequest,
  ) {
    return this.submission.eligibility(id, { principal, ip: req.ip });
  }

  @Post('submit')
  @HttpCode(200)
  @Idempotent({ required: true })
  @Roles('applicant', 'reviewer', 'officer')
  @ZodResponse(200, submissionViewSchema)
  submit(
    @ZodParam('id', z.uuid()) id: string,
    @CurrentPrincipal() principal: Principal,
    @Req() req: FastifyRequest,
  ) {
    return this.submission.submit(id, { principal, ip: req.ip });
  }
}
