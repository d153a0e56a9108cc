import { Module } from '@nestjs/common';
import { CycleSchedulerService } from './cycle-scheduler.service';
import { CyclesRepository } from './cycles.repository';
import { EvaluationWindowProcessor } from './evaluation-window.processor';

/** Evaluation cycles: their windows as deadline rows, and what the deadlines do. */
@Module({
  providers: [CyclesRepository, CycleSchedulerService, EvaluationWindowProcessor],
  exports: [CyclesRepository, CycleSchedulerService],
})
export class CyclesModule {}
