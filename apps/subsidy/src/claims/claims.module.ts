import { Module, type DynamicModule } from '@nestjs/common';
import { EvidenceStorageModule } from '@lz/evidence';
import { BudgetsModule } from '../budgets/budgets.module';
import { CreditFindingsModule } from '../credit-findings/credit-findings.module';
import { RegistryModule } from '../registry/registry.module';
import { ClaimDecisionService } from './claim-decision.service';
import { ClaimEvidenceController } from './claim-evidence.controller';
import { ClaimEvidenceRepository } from './claim-evidence.repository';
import { ClaimEvidenceService } from './claim-evidence.service';
import { ClaimsController } from './claims.controller';
import { ClaimsRepository } from './claims.repository';
import { ClaimsService } from './claims.service';
import { SubjectGrantsRepository } from './subject-grants.repository';

/** Claims, their evidence (C.3) and their decisions (caps 4.3/4.4, budget). */
@Module({})
export class ClaimsModule {
  static forRoot(blobDir: string): DynamicModule {
    return {
      module: ClaimsModule,
      imports: [
        BudgetsModule,
        RegistryModule,
        CreditFindingsModule,
        EvidenceStorageModule.forRoot({ blobDir }),
      ],
      controllers: [ClaimsController, ClaimEvidenceController],
      providers: [
        ClaimsRepository,
        ClaimEvidenceRepository,
        SubjectGrantsRepository,
        ClaimsService,
        ClaimEvidenceService,
        ClaimDecisionService,
      ],
    };
  }
}
