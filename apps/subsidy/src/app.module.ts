import { Module, type DynamicModule } from '@nestjs/common';
import { loadBlobDir } from '@lz/evidence';
import { ServicePlatformModule, type PlatformConfig, type PlatformRuntime } from '@lz/platform';
import { BudgetsModule } from './budgets/budgets.module';
import { ClaimsModule } from './claims/claims.module';
import { CreditFindingsModule } from './credit-findings/credit-findings.module';
import { PrismaService } from './infra/prisma/prisma.service';
import { RegistryModule } from './registry/registry.module';
import { SUBSIDY } from './subsidy.definition';

/** The subsidy service: the shared platform plus its own features. */
@Module({})
export class AppModule {
  /** `blobDir`: where the evidence bytes live (SUBSIDY_BLOB_DIR, default var/blobs/subsidy). */
  static forRoot(
    config: PlatformConfig,
    runtime: PlatformRuntime = {},
    blobDir = loadBlobDir('SUBSIDY_BLOB_DIR', 'var/blobs/subsidy'),
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServicePlatformModule.forService(SUBSIDY, config, PrismaService, runtime),
        RegistryModule,
        CreditFindingsModule,
        BudgetsModule,
        ClaimsModule.forRoot(blobDir),
      ],
    };
  }
}
