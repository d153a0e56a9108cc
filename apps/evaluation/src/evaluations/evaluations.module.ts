import { Module, type DynamicModule } from '@nestjs/common';
import { EvidenceStorageModule } from '@lz/evidence';
import { ConsortiaModule } from '../consortia/consortia.module';
import { CyclesModule } from '../cycles/cycles.module';
import { EvaluationEvidenceController } from './evaluation-evidence.controller';
import { EvaluationEvidenceRepository } from './evaluation-evidence.repository';
import { EvaluationEvidenceService } from './evaluation-evidence.service';
import { EvaluationsController } from './evaluations.controller';
import { EvaluationsRepository } from './evaluations.repository';
import { EvaluationsService } from './evaluations.service';

/** The evaluations API: reading cycles, evidence, reports, assignments, results. */
@Module({})
export class EvaluationsModule {
  static forRoot(blobDir: string): DynamicModule {
    return {
      module: EvaluationsModule,
      imports: [ConsortiaModule, CyclesModule, EvidenceStorageModule.forRoot({ blobDir })],
      controllers: [EvaluationsController, EvaluationEvidenceController],
      providers: [
        EvaluationsRepository,
        EvaluationEvidenceRepository,
        EvaluationsService,
        EvaluationEvidenceService,
      ],
    };
  }
}
