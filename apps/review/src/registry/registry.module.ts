import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { DelistingConsumer } from './delisting.consumer';
import { FilingController } from './filing.controller';
import { FilingService } from './filing.service';
import { PublicityOutcomeConsumer } from './publicity-outcome.consumer';
import { RegistryController } from './registry.controller';
import { RegistryRepository } from './registry.repository';
import { RegistryService } from './registry.service';

@Module({
  imports: [CasesModule],
  controllers: [FilingController, RegistryController, PublicityOutcomeConsumer, DelistingConsumer],
  providers: [FilingService, RegistryService, RegistryRepository],
})
export class RegistryModule {}
