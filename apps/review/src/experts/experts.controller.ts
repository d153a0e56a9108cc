import { Controller, Get, HttpCode, Patch, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CurrentPrincipal, Roles, type Principal } from '@lz/auth';
import { readUpload } from '@lz/evidence';
import {
  ApiMultipart,
  ApiOperation,
  Idempotent,
  listOrExport,
  ZodBody,
  ZodParam,
  ZodQuery,
  ZodResponse,
} from '@lz/http';
import { EXPERT_IMPORT_MAX_BYTES } from './expert-import.constants';
import { EXPERT_POOL_EXPORT } from './experts-export.constants';
import {
  expertBodySchema,
  expertImportResultSchema,
  expertListQuerySchema,
  expertListSchema,
  expertPatchSchema,
  expertSchema,
  retireExpertBodySchema,
  type ExpertBody,
  type ExpertListQuery,
  type ExpertPatch,
  type RetireExpertBody,
} from './experts.schema';
import { ExpertsService } from './experts.service';

/** The expert pool: officers only (it holds the experts' contacts). */
@Controller('experts')
@Roles('officer')
export class ExpertsController {
  constructor(private readonly service: ExpertsService) {}

  @Post()
  @Idempotent()
  @ZodResponse(201, expertSchema)
  @ApiOperation({
    zh: '登记专家入库(同一单位同名专家视为同一人)',
    en: 'Register an expert in the pool (one name within one organisation is one expert)',
    errors: [409],
  })
  register(
    @ZodBody(expertBodySchema) body: ExpertBody,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ) {
    return this.service.register(p, req.ip, body);
  }

  @Get()
  @ZodResponse(200, expertListSchema)
  @ApiOperation({
    zh: '专家库列表(format=xlsx|csv 导出,格式即导入格式)',
    en: 'List the expert pool (format=xlsx|csv exports it in the layout an import reads)',
    exports: ['xlsx', 'csv'],
  })
  list(@ZodQuery(expertListQuerySchema) query: ExpertListQuery) {
    return listOrExport(query, EXPERT_POOL_EXPORT, (q) => this.service.list(q));
  }

  @Post('import')
  @HttpCode(200)
  @ZodResponse(200, expertImportResultSchema)
  @ApiMultipart({ maxBytes: EXPERT_IMPORT_MAX_BYTES })
  @ApiOperation({
    zh: '从 Excel 导入专家(与导出同列;逐行校验,有错则全部不写入;按单位统一社会信用代码+姓名匹配,重复导入不重复建档)',
    en: 'Import experts from an Excel file in the export layout (every row checked; any error writes nothing; rows match on organisation USCC + name, so importing twice doubles nobody)',
    errors: [400, 413, 415],
  })
  async import(@CurrentPrincipal() p: Principal, @Req() req: FastifyRequest) {
    const upload = await readUpload(req, EXPERT_IMPORT_MAX_BYTES);
    return this.service.import(p, req.ip, upload.bytes);
  }

  @Get(':id')
  @ZodResponse(200, expertSchema)
  @ApiOperation({ zh: '查看专家', en: 'Read an expert of the pool' })
  get(@ZodParam('id', z.uuid()) id: string) {
    return this.service.get(id);
  }

  @Patch(':id')
  @ZodResponse(200, expertSchema)
  @ApiOperation({
    zh: '修改专家信息',
    en: "Edit an expert's entry (only the fields given change)",
    errors: [409],
  })
  update(
    @ZodParam('id', z.uuid()) id: string,
    @ZodBody(expertPatchSchema) body: ExpertPatch,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ) {
    return this.service.update(p, req.ip, id, body);
  }

  @Post(':id/retire')
  @HttpCode(200)
  @Idempotent()
  @ZodResponse(200, expertSchema)
  @ApiOperation({
    zh: '专家退出专家库(不再被抽取;已有评分保留)',
    en: 'Retire an expert from the pool (never drawn again; past scores stay)',
    errors: [409],
  })
  retire(
    @ZodParam('id', z.uuid()) id: string,
    @ZodBody(retireExpertBodySchema) body: RetireExpertBody,
    @CurrentPrincipal() p: Principal,
    @Req() req: FastifyRequest,
  ) {
    return this.service.retire(p, req.ip, id, body);
  }
}
