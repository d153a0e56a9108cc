import { Controller, Delete, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CurrentPrincipal, Roles, scopeOf, type Principal } from '@lz/auth';
import { EVIDENCE_MAX_BYTES, readUpload, sendStoredFile } from '@lz/evidence';
import { ApiMultipart, ApiOperation, InputProblem, ZodParam, ZodQuery, ZodResponse } from '@lz/http';
import { attachmentCategorySchema, type AttachmentCategory } from '@lz/policy';
import { attachmentViewSchema } from '../applications/applications.schema';
import { attachQuerySchema, type AttachQuery } from './attachments.schema';
import { AttachmentsService } from './attachments.service';

/** Attachments of an application (docs/API.md): multipart upload, scoped download. */
@Controller('applications/:id/attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post()
  @Roles('applicant', 'reviewer', 'officer')
  @ZodResponse(201, attachmentViewSchema)
  @ApiMultipart({
    fields: z.object({ category: attachmentCategorySchema.optional() }),
    maxBytes: EVIDENCE_MAX_BYTES,
  })
  @ApiOperation({
    zh: '上传附件(multipart)',
    en: 'Upload an attachment (multipart)',
    errors: [409],
    notes:
      '类别字段 category 须在文件之前,或用 ?category=。 · Send the category part before the file, or as ?category=.',
  })
  async upload(
    @ZodParam('id', z.uuid()) id: string,
    @ZodQuery(attachQuerySchema) query: AttachQuery,
    @CurrentPrincipal() principal: Principal,
    @Req() req: FastifyRequest,
  ) {
    const actor = { principal, ip: req.ip };
    const upload = await readUpload(req, EVIDENCE_MAX_BYTES);
    const category = attachmentCategorySchema.safeParse(upload.fields.category ?? query.category);
    if (!category.success) {
      throw new InputProblem(
        'input.category',
        'category',
        'category must be one of AGREEMENT, COMMITMENT, EVIDENCE, OTHER (a field before the file, or ?category=).',
        '附件类别须为 AGREEMENT、COMMITMENT、EVIDENCE、OTHER 之一。',
        'input.invalid',
      );
    }
    await this.attachments.assertCanAttach(id, actor);
    return this.attachments.attach(
      id,
      { fileName: upload.fileName, bytes: upload.bytes, category: category.data as AttachmentCategory },
      actor,
    );
  }

  @Get(':attId')
  @Roles('applicant', 'reviewer', 'officer')
  @ApiOperation({
    zh: '下载附件(按 sha256 校验)',
    en: 'Download an attachment, verified against its sha256',
    errors: [500],
    binary: true,
  })
  async download(
    @ZodParam('id', z.uuid()) id: string,
    @ZodParam('attId', z.uuid()) attId: string,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { row, bytes } = await this.attachments.download(scopeOf(principal), id, attId);
    return sendStoredFile(reply, row, bytes);
  }

  @Delete(':attId')
  @HttpCode(204)
  @Roles('applicant')
  @ApiOperation({
    zh: '删除附件(仅草稿或退回修改时)',
    en: 'Delete an attachment while the application is a draft or returned for revision',
    errors: [404, 409],
    notes: '已提交的申报冻结,删除返回 409(规则 3.2)。 · A submitted application is frozen: 409 (rule 3.2).',
  })
  async remove(
    @ZodParam('id', z.uuid()) id: string,
    @ZodParam('attId', z.uuid()) attId: string,
    @CurrentPrincipal() principal: Principal,
    @Req() req: FastifyRequest,
  ): Promise<void> {
    await this.attachments.remove(id, attId, { principal, ip: req.ip });
  }
}
