import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { AccessRulesCheck } from './access-rules.service';
import { authConfigSchema, assertAuthConfigSafe, type AuthConfig } from './auth-config.schema';
import { AuthGuard } from './auth.guard';
import { JwtVerifier } from './jwt-verifier.service';

export const AUTH_CONFIG = Symbol('AUTH_CONFIG');

@Module({})
export class AuthModule {
  /**
   * Registers the global guard (default deny), the boot check of access rules and the verifier.
   * `config` defaults to parsing AUTH_* from process.env; production-unsafe settings throw here.
   */
  static forRoot(config: AuthConfig = authConfigSchema.parse(process.env)): DynamicModule {
    assertAuthConfigSafe(config);
    return {
      module: AuthModule,
      global: true,
      imports: [DiscoveryModule],
      providers: [
        { provide: AUTH_CONFIG, useValue: config },
        { provide: JwtVerifier, useFactory: () => new JwtVerifier(config) },
        { provide: APP_GUARD, useClass: AuthGuard },
        AccessRulesCheck,
      ],
      exports: [JwtVerifier, AUTH_CONFIG],
    };
  }
}
