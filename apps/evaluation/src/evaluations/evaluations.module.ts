import { Module } from '@nestjs/common';
import { ConsortiaModule } from '../consortia/consortia.module';
import { CyclesModule } from '../cycles/cycles.module';
import { EvaluationsController } from './evaluations.controller';
import { EvaluationsRepository } from './evaluations.repository';
import { EvaluationsService } from './evaluations.service';

/** The evaluations API: reading cycles, reports, assignments, results. */
@Module({
  imports: [ConsortiaModule, CyclesModule],
  controllers: [EvaluationsController],
  providers: [EvaluationsRepository, EvaluationsService],
})
export class EvaluationsModule {}
