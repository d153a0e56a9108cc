import { Module, type DynamicModule } from '@nestjs/common';
import { ServicePlatformModule, type PlatformConfig, type PlatformRuntime } from '@lz/platform';
import { ApplicationsModule } from './applications/applications.module';
import { AttachmentsModule } from './attachments/attachments.module';
import { CallsModule } from './calls/calls.module';
import { CreditFindingsModule } from './credit-findings/credit-findings.module';
import { ProcedureOutcomesModule } from './procedure-outcomes/procedure-outcomes.module';
import { IntakeConfigModule } from './infra/intake-config.module';
import { loadIntakeConfig, type IntakeConfig } from './infra/intake-config.schema';
import { PrismaService } from './infra/prisma/prisma.service';
import { INTAKE } from './intake.definition';
import { SubmissionModule } from './submission/submission.module';

/** The intake service: the shared platform plus its own features. */
@Module({})
export class AppModule {
  static forRoot(
    config: PlatformConfig,
    runtime: PlatformRuntime = {},
    intakeConfig: IntakeConfig = loadIntakeConfig(),
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServicePlatformModule.forService(INTAKE, config, PrismaService, runtime),
        IntakeConfigModule.forRoot(intakeConfig),
        CallsModule,
        ApplicationsModule,
        AttachmentsModule.forRoot(intakeConfig),
        SubmissionModule,
        CreditFindingsModule.forRoot(intakeConfig),
        ProcedureOutcomesModule,
      ],
    };
  }
}
