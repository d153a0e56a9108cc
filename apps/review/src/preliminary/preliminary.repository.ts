import { Injectable } from '@nestjs/common';
import type { PreliminaryDecision } from '../infra/prisma/generated/client';
import type { PrismaTx } from '../infra/prisma/prisma.service';

/** One preliminary decision per application revision (history kept across returns). */
@Injectable()
export class PreliminaryDecisionRepository {
  create(tx: PrismaTx, data: Omit<PreliminaryDecision, never>): Promise<PreliminaryDecision> {
    return tx.preliminaryDecision.create({ data });
  }
}
