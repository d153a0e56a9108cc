import { Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CurrentPrincipal, Public, Roles, type Principal } from '@lz/auth';
import {
  ApiOperation,
  exportList,
  Idempotent,
  printNotice,
  ZodBody,
  ZodParam,
  ZodQuery,
  ZodResponse,
} from '@lz/http';
import {
  candidatePageSchema,
  listCandidatesQuerySchema,
  listNoticesQuerySchema,
  noticeFormatQuerySchema,
  noticeListSchema,
  noticeViewSchema,
  publishNoticeBodySchema,
  type ListCandidatesQuery,
  type ListNoticesQuery,
  type NoticeFormatQuery,
  type PublishNoticeBody,
} from './notices.schema';
import { NOTICE_ITEMS_EXPORT, noticePrintout } from './notice-export.constants';
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
  @ApiOperation({
    zh: '发布公示',
    en: 'Publish a notice of items to be filed',
    errors: [409],
    notes:
      '条目须为 CITY_TO_BE_FILED;截止时间按工作日计算。 · Items must be CITY_TO_BE_FILED; the end instant follows the working-day rule.',
  })
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
  @ApiOperation({ zh: '公示列表(公开)', en: 'List the notices (public)' })
  list(@ZodQuery(listNoticesQuerySchema) query: ListNoticesQuery) {
    return this.notices.list(query);
  }

  /** Declared before `:id`: the items the next notice may carry (officers compose notices from them). */
  @Get('candidates')
  @Roles('officer')
  @ZodResponse(200, candidatePageSchema)
  @ApiOperation({
    zh: '可公示的拟备案项目(尚未列入公示)',
    en: 'Applications to be filed that are on no notice yet (what a notice may carry)',
  })
  candidates(@ZodQuery(listCandidatesQuerySchema) query: ListCandidatesQuery) {
    return this.notices.candidatesToPublish(query);
  }

  @Get(':id')
  @Public()
  @ZodResponse(200, noticeViewSchema)
  @ApiOperation({
    zh: '查看公示(公开;format=xlsx|csv 导出公示项目,pdf 打印公示)',
    en: 'Read a notice (public; format=xlsx|csv exports its items, pdf prints the notice)',
    exports: ['xlsx', 'csv', 'pdf'],
  })
  async get(@ZodParam('id', z.uuid()) id: string, @ZodQuery(noticeFormatQuerySchema) q: NoticeFormatQuery) {
    const notice = await this.notices.get(id);
    if (q.format === 'pdf') return printNotice(noticePrintout(notice));
    if (q.format === 'xlsx' || q.format === 'csv') {
      return exportList(q.format, NOTICE_ITEMS_EXPORT, async ({ page, pageSize }) => ({
        items: notice.items.slice((page - 1) * pageSize, page * pageSize),
      }));
    }
    return notice;
  }
}
