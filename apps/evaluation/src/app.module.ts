import { Module, type DynamicModule } from '@nestjs/common';
import { ServicePlatformModule, type PlatformConfig, type PlatformRuntime } from '@lz/platform';
import { PrismaService } from './infra/prisma/prisma.service';
import { EVALUATION } from './evaluation.definition';

/** The evaluation service: the shared platform plus its own features. */
@Module({})
export class AppModule {
  static forRoot(config: PlatformConfig, runtime: PlatformRuntime = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [ServicePlatformModule.forService(EVALUATION, config, PrismaService, runtime)],
    };
  }
}
