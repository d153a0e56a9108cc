import { Module, type DynamicModule } from '@nestjs/common';
import { INTAKE_CONFIG, type IntakeConfig } from './intake-config.schema';

/** Makes intake's own config injectable everywhere (`@Inject(INTAKE_CONFIG)`). */
@Module({})
export class IntakeConfigModule {
  static forRoot(config: IntakeConfig): DynamicModule {
    return {
      module: IntakeConfigModule,
      global: true,
      providers: [{ provide: INTAKE_CONFIG, useValue: config }],
      exports: [INTAKE_CONFIG],
    };
  }
}
