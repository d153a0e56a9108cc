import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { ApplicationSubmittedConsumer } from './application-submitted.consumer';
import { PreliminaryController } from './preliminary.controller';
import { PreliminaryDecisionRepository } from './preliminary.repository';
import { PreliminaryService } from './preliminary.service';

@Module({
  imports: [CasesModule],
  controllers: [PreliminaryController, ApplicationSubmittedConsumer],
  providers: [PreliminaryService, PreliminaryDecisionRepository],
})
export class PreliminaryModule {}
