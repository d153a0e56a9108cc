import { Module } from '@nestjs/common';
import { CreditFindingsRepository } from './credit-findings.repository';

/** The credit findings' repository, for the features that consult them (submission: rule 5.3a). */
@Module({
  providers: [CreditFindingsRepository],
  exports: [CreditFindingsRepository],
})
export class CreditFindingStoreModule {}
