import { Module } from '@nestjs/common';
import { EvidenceStorageModule } from '@lz/evidence';
import { loadIntakeConfig } from '../infra/intake-config.schema';
import { CreditFindingEvidenceController, CreditFindingsController } from './credit-findings.controller';
import { CreditFindingStoreModule } from './credit-finding-store.module';
import { CreditFindingsService } from './credit-findings.service';

/** 信用管理 (docs/SPEC.md 5.3a): the findings live with the applications they block. */
@Module({})
export class CreditFindingsModule {
  static forRoot(config = loadIntakeConfig()) {
    return {
      module: CreditFindingsModule,
      imports: [CreditFindingStoreModule, EvidenceStorageModule.forRoot({ blobDir: config.INTAKE_BLOB_DIR })],
      controllers: [CreditFindingsController, CreditFindingEvidenceController],
      providers: [CreditFindingsService],
    };
  }
}
