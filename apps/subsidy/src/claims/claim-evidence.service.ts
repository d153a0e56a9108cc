import { Injectable } from '@nestjs/common';
import { scopeOf, type Principal } from '@lz/auth';
import {
  EvidenceFiles,
  recordUpload,
  storedFileView,
  type EvidencePort,
  type StoredFileView,
  type Upload,
} from '@lz/evidence';
import { ConflictProblem, NotFoundProblem } from '@lz/http';
import { recordAudit } from '@lz/platform';
import { PrismaService, type PrismaTx } from '../infra/prisma/prisma.service';
import { ClaimEvidenceRepository, type ClaimEvidenceRow } from './claim-evidence.repository';
import { ClaimsService, type Caller } from './claims.service';

/**
 * A claim's evidence (佐证材料, docs/SPEC.md C.3), stored like an application's attachments
 * (@lz/evidence): uploaded by the lead unit while the claim is a DRAFT, read by that unit and the
 * officers, every download verified against the recorded sha256.
 */
@Injectable()
export class ClaimEvidenceService implements EvidencePort {
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
    const row = await recordUpload<PrismaTx, ClaimEvidenceRow>(this.files, upload, {
      transaction: (fn) => this.prisma.transaction(fn),
      guard: (tx) => this.lockDraft(tx, caller.principal, claimId),
      count: (tx) => this.evidence.countFor(tx, claimId),
      insert: (tx, file) => this.evidence.insert(tx, { ...file, claimId, uploadedBy: caller.principal.sub }),
      audit: (tx, _row, file) =>
        recordAudit(tx, caller, {
          action: 'claim-evidence.uploaded',
          objectType: 'claim',
          objectId: claimId,
          detail: { evidenceId: file.id, ...file },
        }),
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
