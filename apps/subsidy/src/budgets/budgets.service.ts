import { Injectable } from '@nestjs/common';
import type { Principal } from '@lz/auth';
import { ConflictProblem, NotFoundProblem } from '@lz/http';
import { recordAudit } from '@lz/platform';
import { PrismaService } from '../infra/prisma/prisma.service';
import { BUDGET_RULE } from './budget.constants';
import { BudgetsRepository, type BudgetRow } from './budgets.repository';
import type { BudgetView } from './budgets.schema';

/** The subsidy budget per year (docs/SPEC.md §4: finite, never overspent). */
@Injectable()
export class BudgetsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly budgets: BudgetsRepository,
  ) {}

  async put(
    caller: { principal: Principal; ip?: string },
    year: number,
    totalFen: number,
  ): Promise<BudgetView> {
    const row = await this.prisma.transaction(async (tx) => {
      const before = await this.budgets.find(tx, year);
      const saved = await this.budgets.put(tx, year, totalFen, caller.principal.sub);
      if (!saved) {
        throw new ConflictProblem(
          BUDGET_RULE,
          `The ${year} budget cannot be set below the ${before?.grantedFen ?? 0} fen already granted`,
          `${year}年度预算不得低于已拨付的 ${before?.grantedFen ?? 0} 分`,
          'totalFen',
        );
      }
      await recordAudit(tx, caller, {
        action: 'budget.set',
        objectType: 'budget',
        objectId: String(year),
        detail: { totalFen, previousTotalFen: before?.totalFen ?? null },
      });
      return saved;
    });
    return view(row);
  }

  async get(year: number): Promise<BudgetView> {
    const row = await this.prisma.transaction((tx) => this.budgets.find(tx, year));
    if (!row) throw new NotFoundProblem('budget');
    return view(row);
  }
}

function view(b: BudgetRow): BudgetView {
  return {
    year: b.year,
    totalFen: b.totalFen,
    grantedFen: b.grantedFen,
    remainingFen: b.totalFen - b.grantedFen,
  };
}
