import { Injectable } from '@nestjs/common';
import type { CityDecidedV1 } from '@lz/policy';
import type { PrismaTx } from '../infra/prisma/prisma.service';

export interface CandidateRow {
  applicationId: string;
  revision: number;
  decision: string;
  name: string;
  field: string;
  leadUscc: string;
  leadName: string;
  decidedAt: Date;
}

/** Applications the city decided on (review.city.decided.v1); TO_BE_FILED ones may be published. */
@Injectable()
export class CandidatesRepository {
  /**
   * Records the decision unless a later one (higher revision, or same revision decided later) is
   * already stored: redelivered and out-of-order events change nothing. Returns whether it applied.
   */
  async record(tx: PrismaTx, d: CityDecidedV1): Promise<boolean> {
    const n = await tx.$executeRawUnsafe(
      `INSERT INTO candidate (application_id, revision, decision, name, field, lead_uscc, lead_name,
                              jurisdiction_code, decided_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::timestamptz)
       ON CONFLICT (application_id) DO UPDATE SET
         revision = EXCLUDED.revision, decision = EXCLUDED.decision, name = EXCLUDED.name,
         field = EXCLUDED.field, lead_uscc = EXCLUDED.lead_uscc, lead_name = EXCLUDED.lead_name,
         jurisdiction_code = EXCLUDED.jurisdiction_code, decided_at = EXCLUDED.decided_at,
         received_at = CURRENT_TIMESTAMP
       WHERE (candidate.revision, candidate.decided_at) < (EXCLUDED.revision, EXCLUDED.decided_at)`,
      d.applicationId,
      d.revision,
      d.decision,
      d.name,
      d.field,
      d.leadUscc,
      d.leadName,
      d.jurisdictionCode,
      d.decidedAt,
    );
    return n > 0;
  }

  findMany(tx: PrismaTx, applicationIds: readonly string[]): Promise<CandidateRow[]> {
    return tx.candidate.findMany({ where: { applicationId: { in: [...applicationIds] } } });
  }
}
