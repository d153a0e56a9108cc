import {
  Module,
  type DynamicModule,
  type InjectionToken,
  type ModuleMetadata,
  type OptionalFactoryDependency,
} from '@nestjs/common';
import { AUDIT_CHAIN_OPTIONS, type AuditChainModuleOptions } from './audit-chain.constants';
import { AuditChainer } from './audit-chainer.service';

export interface AuditChainModuleAsyncOptions {
  imports?: ModuleMetadata['imports'];
  inject?: (InjectionToken | OptionalFactoryDependency)[];
  useFactory: (...args: never[]) => AuditChainModuleOptions | Promise<AuditChainModuleOptions>;
}

/** The {@link AuditChainer} of one service database (docs/ARCHITECTURE.md "Audit"). */
@Module({})
export class AuditChainModule {
  static forRoot(options: AuditChainModuleOptions): DynamicModule {
    return {
      module: AuditChainModule,
      providers: [{ provide: AUDIT_CHAIN_OPTIONS, useValue: options }, AuditChainer],
      exports: [AuditChainer],
    };
  }

  static forRootAsync(options: AuditChainModuleAsyncOptions): DynamicModule {
    return {
      module: AuditChainModule,
      imports: options.imports ?? [],
      providers: [
        { provide: AUDIT_CHAIN_OPTIONS, inject: options.inject ?? [], useFactory: options.useFactory },
        AuditChainer,
      ],
      exports: [AuditChainer],
    };
  }
}
