import { Controller, Get, Post, Put, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CurrentPrincipal, Roles, scopeOf, type Principal } from '@lz/auth';
import { Idempotent, ZodBody, ZodParam, ZodQuery, ZodResponse } from '@lz/http';
import { applicationDocumentSchema, type ApplicationDocument } from '@lz/policy';
import {
  applicationPageSchema,
  applicationViewSchema,
  listApplicationsQuerySchema,
  listRevisionsQuerySchema,
  listTimelineQuerySchema,
  revisionPageSchema,
  timelinePageSchema,
  type ListApplicationsQuery,
  type ListRevisionsQuery,
  type ListTimelineQuery,
} from './applications.schema';
import { ApplicationsService } from './applications.service';

/** 企业申报 (docs/SPEC.md §3.2, docs/API.md "intake"): drafts replaced whole; reads scoped (docs/SPEC.md §6). */
@Controller('applications')
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Post()
  @Roles('applicant')
  @Idempotent()
  @ZodResponse(201, applicationViewSchema)
  create(
    @ZodBody(applicationDocumentSchema) doc: ApplicationDocument,
    @CurrentPrincipal() principal: Principal,
    @Req() req: FastifyRequest,
  ) {
    return this.applications.create(doc, { principal, ip: req.ip });
  }

  @Put(':id')
  @Roles('applicant', 'reviewer', 'officer')
  @ZodResponse(200, applicationViewSchema)
  replace(
    @ZodParam('id', z.uuid()) id: string,
    @ZodBody(applicationDocumentSchema) doc: ApplicationDocument,
    @CurrentPrincipal() principal: Principal,
    @Req() req: FastifyRequest,
  ) {
    return this.applications.replace(id, doc, { principal, ip: req.ip });
  }

  @Get()
  @Roles('applicant', 'reviewer', 'officer')
  @ZodResponse(200, applicationPageSchema)
  list(
    @ZodQuery(listApplicationsQuerySchema) query: ListApplicationsQuery,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.applications.list(scopeOf(principal), query);
  }

  @Get(':id')
  @Roles('applicant', 'reviewer', 'officer')
  @ZodResponse(200, applicationViewSchema)
  get(@ZodParam('id', z.uuid()) id: string, @CurrentPrincipal() principal: Principal) {
    return this.applications.get(scopeOf(principal), id);
  }

  /** Every submitted revision, frozen (visible to the reviewers the application is routed to). */
  @Get(':id/revisions')
  @Roles('applicant', 'reviewer', 'officer')
  @ZodResponse(200, revisionPageSchema)
  revisions(
    @ZodParam('id', z.uuid()) id: string,
    @ZodQuery(listRevisionsQuerySchema) query: ListRevisionsQuery,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.applications.revisions(scopeOf(principal), id, query);
  }

  /** Every status change across services, oldest first. */
  @Get(':id/timeline')
  @Roles('applicant', 'reviewer', 'officer')
  @ZodResponse(200, timelinePageSchema)
  timeline(
    @ZodParam('id', z.uuid()) id: string,
    @ZodQuery(listTimelineQuerySchema) query: ListTimelineQuery,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.applications.timelineOf(scopeOf(principal), id, query);
  }
}
