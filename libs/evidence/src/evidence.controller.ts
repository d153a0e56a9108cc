import { Controller, Get, HttpCode, Inject, Post, Req, Res, type Type } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CurrentPrincipal, Roles, type Principal, type Role } from '@lz/auth';
import { ApiMultipart, ApiOperation, ZodParam, ZodResponse } from '@lz/http';
import { EVIDENCE_MAX_BYTES, storedFileViewSchema, type StoredFileView } from './evidence.schema';
import { sendStoredFile } from './evidence-files.service';
import { readUpload, type Upload } from './read-upload';

export interface EvidenceCaller {
  principal: Principal;
  ip?: string;
}

/** What a service provides for the evidence of its objects (a claim, an evaluation): owner, state, rows. */
export interface EvidencePort {
  /** 404/409 before the bytes are read. */
  assertCanAdd(caller: EvidenceCaller, ownerId: string): Promise<void>;
  add(caller: EvidenceCaller, ownerId: string, upload: Upload): Promise<StoredFileView>;
  /** The verified bytes of a file of an object the caller may read (404 otherwise). */
  download(
    principal: Principal,
    ownerId: string,
    id: string,
  ): Promise<{ row: { mediaType: string; fileName: string; sha256: string }; bytes: Buffer }>;
}

export interface EvidenceRoutes {
  /** The controller's name (its OpenAPI operation ids), e.g. `ClaimEvidenceController`. */
  name: string;
  /** `claims/:id/evidence`: `:id` is the owning object. */
  path: string;
  port: Type<EvidencePort>;
  upload: { roles: [Role, ...Role[]]; zh: string; en: string; notes: string };
  download: { roles: [Role, ...Role[]]; zh: string; en: string };
}

/**
 * The two evidence routes of an object, the same in every service: `POST <path>` (multipart, field
 * `file`) → `{id, fileName, sha256, size, mediaType, uploadedAt}`, and `GET <path>/:evidenceId` → the
 * bytes verified against their sha256. Who may do what is the port's (and the roles given here).
 */
export function evidenceController(routes: EvidenceRoutes): Type<unknown> {
  @Controller(routes.path)
  class EvidenceController {
    constructor(@Inject(routes.port) private readonly evidence: EvidencePort) {}

    @Post()
    @HttpCode(201)
    @Roles(...routes.upload.roles)
    @ZodResponse(201, storedFileViewSchema)
    @ApiMultipart({ maxBytes: EVIDENCE_MAX_BYTES })
    @ApiOperation({ ...routes.upload, errors: [409] })
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
    @Roles(...routes.download.roles)
    @ApiOperation({ zh: routes.download.zh, en: routes.download.en, errors: [500], binary: true })
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
  Object.defineProperty(EvidenceController, 'name', { value: routes.name });
  return EvidenceController;
}
