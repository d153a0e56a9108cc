import { Module, type DynamicModule } from '@nestjs/common';
import { ServicePlatformModule, type PlatformConfig, type PlatformRuntime } from '@lz/platform';
import { BudgetsModule } from './budgets/budgets.module';
import { ClaimsModule } from './claims/claims.module';
import { PrismaService } from './infra/prisma/prisma.service';
import { RegistryModule } from './registry/registry.module';
import { SUBSIDY } from './subsidy.definition';

/** The subsidy service: the shared platform plus its own features. */
@Module({})
export class AppModule {
  static forRoot(config: PlatformConfig, runtime: PlatformRuntime = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServicePlatformModule.forService(SUBSIDY, config, PrismaService, runtime),
        RegistryModule,
        BudgetsModule,
        ClaimsModule,
      ],
    };
  }
}
