import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { scopeOf, type Principal } from '@lz/auth';
import {
  EvidenceFiles,
  MAX_FILES_PER_OBJECT,
  storedFileView,
  type StoredFileView,
  type Upload,
} from '@lz/evidence';
import { ConflictProblem, NotFoundProblem } from '@lz/http';
import { recordAudit } from '@lz/platform';
import type { PrismaTx } from '../infra/prisma/prisma.service';
import { PrismaService } from '../infra/prisma/prisma.service';
import { ClaimEvidenceRepository, type ClaimEvidenceRow } from './claim-evidence.repository';
import { ClaimsService, type Caller } from './claims.service';

/**
 * A claim's evidence (佐证材料, docs/SPEC.md C.3), stored like an application's attachments
 * (@lz/evidence): uploaded by the lead unit while the claim is a DRAFT, read by that unit and the
 * officers, every download verified against the recorded sha256.
 */
@Injectable()
export class ClaimEvidenceService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly claims: ClaimsService,
    private readonly evidence: ClaimEvidenceRepository,
    private readonly files: EvidenceFiles,
  ) {}

  /** Is the caller allowed to add evidence at all? (404/409 before the bytes are read) */
  async assertCanAdd(caller: Caller, claimId: string): Promise<void> {
    await this.prisma.transaction(async (tx) => {
      await this.lockDraft(tx, caller.principal, claimId);
    });
  }

  async add(caller: Caller, claimId: string, upload: Upload): Promise<StoredFileView> {
    const stored = await this.files.store(upload.bytes);
    const row = await this.prisma.transaction(async (tx) => {
      await this.lockDraft(tx, caller.principal, claimId);
      if ((await this.evidence.countFor(tx, claimId)) >= MAX_FILES_PER_OBJECT) {
        throw new ConflictProblem(
          'input.too_many_files',
          `A claim carries at most ${MAX_FILES_PER_OBJECT} evidence files.`,
          `每项申请最多上传${MAX_FILES_PER_OBJECT}份佐证材料。`,
          'file',
        );
      }
      const file = await this.evidence.insert(tx, {
        id: randomUUID(),
        claimId,
        fileName: upload.fileName,
        ...stored,
        uploadedBy: caller.principal.sub,
      });
      await recordAudit(tx, caller, {
        action: 'claim.evidence.uploaded',
        objectType: 'claim',
        objectId: claimId,
        detail: { evidenceId: file.id, ...stored },
      });
      return file;
    });
    return storedFileView(row);
  }

  /** The bytes of a visible claim's evidence, verified against the stored sha256. */
  async download(
    principal: Principal,
    claimId: string,
    id: string,
  ): Promise<{ row: ClaimEvidenceRow; bytes: Buffer }> {
    const row = await this.prisma.transaction((tx) =>
      this.evidence.findVisible(tx, scopeOf(principal), claimId, id),
    );
    if (!row) throw new NotFoundProblem('evidence');
    return { row, bytes: await this.files.readVerified(row) };
  }

  private async lockDraft(tx: PrismaTx, principal: Principal, claimId: string) {
    const claim = await this.claims.lockForLead(tx, principal, claimId);
    if (claim.status !== 'DRAFT') {
      throw new ConflictProblem(
        'C.3',
        `The claim is ${claim.status}: evidence is added while it is a draft`,
        `该申请已提交(${claim.status}),不可再上传佐证材料`,
        'status',
      );
    }
    return claim;
  }
}
