import { Module } from '@nestjs/common';
import { BudgetsModule } from '../budgets/budgets.module';
import { RegistryModule } from '../registry/registry.module';
import { ClaimDecisionService } from './claim-decision.service';
import { ClaimsController } from './claims.controller';
import { ClaimsRepository } from './claims.repository';
import { ClaimsService } from './claims.service';
import { SubjectGrantsRepository } from './subject-grants.repository';

/** Claims and their decisions (caps 4.3/4.4, budget). */
@Module({
  imports: [BudgetsModule, RegistryModule],
  controllers: [ClaimsController],
  providers: [ClaimsRepository, SubjectGrantsRepository, ClaimsService, ClaimDecisionService],
})
export class ClaimsModule {}
