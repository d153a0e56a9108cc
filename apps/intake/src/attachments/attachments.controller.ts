import '@fastify/multipart';
import { Controller, Get, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CurrentPrincipal, Roles, scopeOf, type Principal } from '@lz/auth';
import { ApiMultipart, ApiOperation, InputProblem, ZodParam, ZodQuery, ZodResponse } from '@lz/http';
import { attachmentCategorySchema, type AttachmentCategory } from '@lz/policy';
import { attachmentViewSchema } from '../applications/applications.schema';
import { ATTACHMENT_MAX_BYTES, attachQuerySchema, type AttachQuery } from './attachments.schema';
import { AttachmentsService } from './attachments.service';
import { safeFileName } from './media-type';

/** Attachments of an application (docs/API.md): multipart upload, scoped download. */
@Controller('applications/:id/attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post()
  @Roles('applicant', 'reviewer', 'officer')
  @ZodResponse(201, attachmentViewSchema)
  @ApiMultipart({
    fields: z.object({ category: attachmentCategorySchema.optional() }),
    maxBytes: ATTACHMENT_MAX_BYTES,
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
    if (!req.isMultipart()) {
      throw new InputProblem(
        'input.multipart',
        'body',
        'Send the file as multipart/form-data (field "file", plus "category").',
        '请以 multipart/form-data 上传文件(字段 file 及 category)。',
        'http.unsupported_media_type',
      );
    }
    let file: Awaited<ReturnType<FastifyRequest['file']>>;
    let bytes: Buffer;
    try {
      file = await req.file();
      bytes = file ? await file.toBuffer() : Buffer.alloc(0);
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === 'FST_REQ_FILE_TOO_LARGE') {
        throw new InputProblem(
          'input.file_size',
          'file',
          `The file exceeds the limit of ${ATTACHMENT_MAX_BYTES} bytes.`,
          `文件超过大小上限(${ATTACHMENT_MAX_BYTES}字节)。`,
          'http.payload_too_large',
        );
      }
      throw new InputProblem(
        'input.multipart',
        'body',
        'The multipart body could not be read.',
        '无法解析 multipart 请求体。',
        'input.malformed',
      );
    }
    if (!file) {
      throw new InputProblem(
        'input.file',
        'file',
        'Attach a file (field "file").',
        '请上传文件(字段 file)。',
        'input.invalid',
      );
    }
    const field = file.fields.category;
    const fieldValue =
      field && !Array.isArray(field) && field.type === 'field' ? String(field.value) : undefined;
    const category = attachmentCategorySchema.safeParse(fieldValue ?? query.category);
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
      { fileName: safeFileName(file.filename), bytes, category: category.data as AttachmentCategory },
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
    reply.header('content-type', row.mediaType);
    reply.header('content-length', String(bytes.length));
    reply.header('x-content-type-options', 'nosniff');
    reply.header('content-security-policy', "default-src 'none'; sandbox");
    reply.header('cache-control', 'private, no-store');
    reply.header(
      'content-disposition',
      `attachment; filename="attachment"; filename*=UTF-8''${encodeURIComponent(row.fileName)}`,
    );
    reply.header('x-content-sha256', row.sha256);
    return bytes;
  }
}
