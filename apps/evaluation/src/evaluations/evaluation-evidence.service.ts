import { Inject, Injectable } from '@nestjs/common';
import { scopeOf, type Principal } from '@lz/auth';
import { formatShanghaiIso } from '@lz/calendar';
import { DEADLINES_CLOCK, type Clock } from '@lz/deadlines';
import {
  EvidenceFiles,
  recordUpload,
  storedFileView,
  type EvidenceCaller,
  type EvidencePort,
  type StoredFileView,
  type Upload,
} from '@lz/evidence';
import { ConflictProblem, NotFoundProblem } from '@lz/http';
import { recordAudit } from '@lz/platform';
import { CyclesRepository } from '../cycles/cycles.repository';
import { PrismaService, type PrismaTx } from '../infra/prisma/prisma.service';
import { EvaluationEvidenceRepository, type EvaluationEvidenceRow } from './evaluation-evidence.repository';
import { acceptingReport } from './evaluations.service';

type Caller = EvidenceCaller;

/**
 * The evidence of an evaluation (佐证材料, docs/SPEC.md 5.2a), stored like an application's attachments
 * (@lz/evidence): uploaded by the lead unit while the window is open and no report is in, read by that
 * unit, the assigned evaluator and the officers, every download verified against the recorded sha256.
 */
@Injectable()
export class EvaluationEvidenceService implements EvidencePort {
  constructor(
    private readonly prisma: PrismaService,
    private readonly cycles: CyclesRepository,
    private readonly evidence: EvaluationEvidenceRepository,
    private readonly files: EvidenceFiles,
    @Inject(DEADLINES_CLOCK) private readonly clock: Clock,
  ) {}

  /** Is the caller allowed to add evidence at all? (404/409 before the bytes are read) */
  async assertCanAdd(caller: Caller, evaluationId: string): Promise<void> {
    await this.prisma.transaction((tx) => this.lockOpen(tx, caller.principal, evaluationId));
  }

  async add(caller: Caller, evaluationId: string, upload: Upload): Promise<StoredFileView> {
    const row = await recordUpload<PrismaTx, EvaluationEvidenceRow>(this.files, upload, {
      transaction: (fn) => this.prisma.transaction(fn),
      guard: (tx) => this.lockOpen(tx, caller.principal, evaluationId),
      count: (tx) => this.evidence.countFor(tx, evaluationId),
      insert: (tx, file) =>
        this.evidence.insert(tx, { ...file, evaluationId, uploadedBy: caller.principal.sub }),
      audit: (tx, _row, file) =>
        recordAudit(tx, caller, {
          action: 'evaluation-evidence.uploaded',
          objectType: 'evaluation',
          objectId: evaluationId,
          detail: { evidenceId: file.id, ...file },
        }),
    });
    return storedFileView(row);
  }

  /** The bytes of a visible evaluation's evidence, verified against the stored sha256. */
  async download(
    principal: Principal,
    evaluationId: string,
    id: string,
  ): Promise<{ row: EvaluationEvidenceRow; bytes: Buffer }> {
    const row = await this.prisma.transaction((tx) =>
      this.evidence.findVisible(tx, scopeOf(principal), evaluationId, id),
    );
    if (!row) throw new NotFoundProblem('evidence');
    return { row, bytes: await this.files.readVerified(row) };
  }

  /** The lead unit's cycle, row-locked, while it takes a report (else 409, 5.2a); 404 for anyone else. */
  private async lockOpen(tx: PrismaTx, principal: Principal, evaluationId: string): Promise<void> {
    if (principal.role !== 'applicant') throw new NotFoundProblem('evaluation');
    const e = await this.cycles.lock(tx, evaluationId);
    if (!e || e.leadUscc !== principal.uscc) throw new NotFoundProblem('evaluation');
    if (!acceptingReport(e, this.clock.now())) {
      throw new ConflictProblem(
        '5.2a',
        `Evidence is added while the evaluation window is open and no report is in (status ${e.status}; it closes ${formatShanghaiIso(e.dueAt)})`,
        `佐证材料仅可在评估期内、提交评估报告前上传(当前状态 ${e.status})`,
        'status',
      );
    }
  }
}
