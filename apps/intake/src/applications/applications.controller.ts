import { Controller, Get, Patch, Post, Put, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CurrentPrincipal, Roles, scopeOf, type Principal } from '@lz/auth';
import { ApiOperation, Idempotent, listOrExport, ZodBody, ZodParam, ZodQuery, ZodResponse } from '@lz/http';
import { APPLICATIONS_EXPORT } from './application-export.constants';
import { applicationDraftSchema, type ApplicationDraft } from '@lz/policy';
import {
  applicationCountsQuerySchema,
  applicationCountsSchema,
  applicationPatchSchema,
  applicationPageSchema,
  applicationViewSchema,
  listApplicationsQuerySchema,
  listRevisionsQuerySchema,
  listTimelineQuerySchema,
  revisionPageSchema,
  timelinePageSchema,
  type ApplicationCountsQuery,
  type ListApplicationsQuery,
  type ListRevisionsQuery,
  type ListTimelineQuery,
} from './applications.schema';
import { ApplicationsService } from './applications.service';

/**
 * 企业申报 (docs/SPEC.md §3.2, docs/API.md "intake"): drafts created with only their call, replaced whole
 * or merge-patched, incomplete until submission (docs/SPEC.md C.2); reads scoped (docs/SPEC.md §6).
 */
@Controller('applications')
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Post()
  @Roles('applicant')
  @Idempotent()
  @ZodResponse(201, applicationViewSchema)
  @ApiOperation({
    zh: '起草申报书(草稿)',
    en: 'Create a draft application for an open call',
    errors: [409, 422],
    notes:
      "牵头单位 USCC 取自调用者;草稿可不完整,只需 callId,已填写的内容须符合格式。 · The lead's USCC is the caller's; a draft may be incomplete (only callId is needed), what is present must be well-formed.",
  })
  create(
    @ZodBody(applicationDraftSchema) doc: ApplicationDraft,
    @CurrentPrincipal() principal: Principal,
    @Req() req: FastifyRequest,
  ) {
    return this.applications.create(doc, { principal, ip: req.ip });
  }

  @Put(':id')
  @Roles('applicant', 'reviewer', 'officer')
  @ZodResponse(200, applicationViewSchema)
  @ApiOperation({
    zh: '整体替换草稿',
    en: 'Replace the draft (while DRAFT or RETURNED)',
    errors: [409],
    notes: '草稿可不完整。 · The draft may be incomplete; what is present must be well-formed.',
  })
  replace(
    @ZodParam('id', z.uuid()) id: string,
    @ZodBody(applicationDraftSchema) doc: ApplicationDraft,
    @CurrentPrincipal() principal: Principal,
    @Req() req: FastifyRequest,
  ) {
    return this.applications.replace(id, doc, { principal, ip: req.ip });
  }

  @Patch(':id')
  @Roles('applicant', 'reviewer', 'officer')
  @ZodResponse(200, applicationViewSchema)
  @ApiOperation({
    zh: '部分更新草稿(JSON Merge Patch)',
    en: 'Update part of the draft (JSON merge patch, RFC 7396; while DRAFT or RETURNED)',
    errors: [409],
    notes:
      '对象按成员合并,null 删除该项,数组整体替换;合并结果须符合草稿格式。 · Objects merge member by member, null removes a member, arrays are replaced whole; the merged draft must be well-formed (400 naming the field). Content type application/merge-patch+json or application/json.',
  })
  patch(
    @ZodParam('id', z.uuid()) id: string,
    @ZodBody(applicationPatchSchema) patch: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
    @Req() req: FastifyRequest,
  ) {
    return this.applications.patch(id, patch, { principal, ip: req.ip });
  }

  @Get()
  @Roles('applicant', 'reviewer', 'officer')
  @ZodResponse(200, applicationPageSchema)
  @ApiOperation({
    zh: '申报书列表(按范围;format=xlsx|csv 导出)',
    en: "List the applications in the caller's scope (format=xlsx|csv exports them)",
    exports: ['xlsx', 'csv'],
  })
  list(
    @ZodQuery(listApplicationsQuerySchema) query: ListApplicationsQuery,
    @CurrentPrincipal() principal: Principal,
  ) {
    return listOrExport(query, APPLICATIONS_EXPORT, (q) => this.applications.list(scopeOf(principal), q));
  }

  /** The overview of a call (市科技局): one GROUP BY instead of a page per jurisdiction and status. */
  @Get('counts')
  @Roles('officer')
  @ZodResponse(200, applicationCountsSchema)
  @ApiOperation({
    zh: '某批次申报按区县/园区和状态统计',
    en: "A call's applications counted per jurisdiction and status",
    errors: [404],
    notes:
      '不含草稿;各格数与 GET /applications?callId&jurisdictionCode&status 的 total 相同。 · Drafts excluded; each count equals the total of the filtered list.',
  })
  counts(
    @ZodQuery(applicationCountsQuerySchema) query: ApplicationCountsQuery,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.applications.counts(scopeOf(principal), query);
  }

  @Get(':id')
  @Roles('applicant', 'reviewer', 'officer')
  @ZodResponse(200, applicationViewSchema)
  @ApiOperation({ zh: '查看申报书', en: 'Read an application' })
  get(@ZodParam('id', z.uuid()) id: string, @CurrentPrincipal() principal: Principal) {
    return this.applications.get(scopeOf(principal), id);
  }

  /** Every submitted revision, frozen (visible to the reviewers the application is routed to). */
  @Get(':id/revisions')
  @Roles('applicant', 'reviewer', 'officer')
  @ZodResponse(200, revisionPageSchema)
  @ApiOperation({ zh: '已提交的各版申报书', en: 'The frozen revisions of an application' })
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
  @ApiOperation({
    zh: '申报进度(跨服务状态变化,按时间先后)',
    en: 'The status timeline across services, oldest first',
  })
  timeline(
    @ZodParam('id', z.uuid()) id: string,
    @ZodQuery(listTimelineQuerySchema) query: ListTimelineQuery,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.applications.timelineOf(scopeOf(principal), id, query);
  }
}
