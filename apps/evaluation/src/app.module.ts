import { Module, type DynamicModule } from '@nestjs/common';
import { loadBlobDir } from '@lz/evidence';
import { ServicePlatformModule, type PlatformConfig, type PlatformRuntime } from '@lz/platform';
import { ConsortiaModule } from './consortia/consortia.module';
import { CyclesModule } from './cycles/cycles.module';
import { EvaluationsModule } from './evaluations/evaluations.module';
import { PrismaService } from './infra/prisma/prisma.service';
import { EVALUATION } from './evaluation.definition';

/** The evaluation service: the shared platform plus its own features. */
@Module({})
export class AppModule {
  /** `blobDir`: where the evidence bytes live (EVALUATION_BLOB_DIR, default var/blobs/evaluation). */
  static forRoot(
    config: PlatformConfig,
    runtime: PlatformRuntime = {},
    blobDir = loadBlobDir('EVALUATION_BLOB_DIR', 'var/blobs/evaluation'),
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServicePlatformModule.forService(EVALUATION, config, PrismaService, runtime),
        CyclesModule,
        ConsortiaModule,
        EvaluationsModule.forRoot(blobDir),
      ],
    };
  }
}
