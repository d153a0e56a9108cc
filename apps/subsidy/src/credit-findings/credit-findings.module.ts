import { Module } from '@nestjs/common';
import { CreditFindingsConsumer } from './credit-findings.consumer';
import { CreditFindingsRepository } from './credit-findings.repository';

/** Credit findings (docs/SPEC.md 5.3a) as they bear on claims: stored from intake's events, consulted by claims. */
@Module({
  controllers: [CreditFindingsConsumer],
  providers: [CreditFindingsRepository],
  exports: [CreditFindingsRepository],
})
export class CreditFindingsModule {}
