import { Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CurrentPrincipal, Roles, type Principal } from '@lz/auth';
import { EVIDENCE_MAX_BYTES, readUpload, sendStoredFile, storedFileViewSchema } from '@lz/evidence';
import { ApiMultipart, ApiOperation, ZodParam, ZodResponse } from '@lz/http';
import { ClaimEvidenceService } from './claim-evidence.service';

/** The evidence of a claim (docs/API.md "subsidy", docs/SPEC.md C.3): multipart upload, verified download. */
@Controller('claims/:id/evidence')
export class ClaimEvidenceController {
  constructor(private readonly evidence: ClaimEvidenceService) {}

  @Post()
  @HttpCode(201)
  @Roles('applicant')
  @ZodResponse(201, storedFileViewSchema)
  @ApiMultipart({ maxBytes: EVIDENCE_MAX_BYTES })
  @ApiOperation({
    zh: '上传后补助佐证材料(multipart)',
    en: 'Upload evidence for a draft claim (multipart, field "file")',
    errors: [409],
    notes:
      '仅牵头单位,仅在草稿状态;文件类型按内容判定。 · The lead unit only, while the claim is a DRAFT; the media type is decided from the bytes.',
  })
  async upload(
    @ZodParam('id', z.uuid()) id: string,
    @CurrentPrincipal() principal: Principal,
    @Req() req: FastifyRequest,
  ) {
    const caller = { principal, ip: req.ip };
    await this.evidence.assertCanAdd(caller, id);
    return this.evidence.add(caller, id, await readUpload(req, EVIDENCE_MAX_BYTES));
  }

  @Get(':evidenceId')
  @Roles('applicant', 'officer')
  @ApiOperation({
    zh: '下载佐证材料(按 sha256 校验)',
    en: 'Download a piece of evidence, verified against its sha256',
    errors: [500],
    binary: true,
  })
  async download(
    @ZodParam('id', z.uuid()) id: string,
    @ZodParam('evidenceId', z.uuid()) evidenceId: string,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { row, bytes } = await this.evidence.download(principal, id, evidenceId);
    return sendStoredFile(reply, row, bytes);
  }
}
