import { Module, type DynamicModule } from '@nestjs/common';
import { ServicePlatformModule, type PlatformConfig, type PlatformRuntime } from '@lz/platform';
import { CityReviewModule } from './city-review/city-review.module';
import { ExpertsModule } from './experts/experts.module';
import { PrismaService } from './infra/prisma/prisma.service';
import { PreliminaryModule } from './preliminary/preliminary.module';
import { RegistryModule } from './registry/registry.module';
import { REVIEW } from './review.definition';

/** The review service: the shared platform plus its own features. */
@Module({})
export class AppModule {
  static forRoot(config: PlatformConfig, runtime: PlatformRuntime = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServicePlatformModule.forService(REVIEW, config, PrismaService, runtime),
        PreliminaryModule,
        ExpertsModule,
        CityReviewModule,
        RegistryModule,
      ],
    };
  }
}
