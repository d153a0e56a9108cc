export * from '@lz/test-infra';
export * from './factories';
export * from './service';
export * from './service-conventions';
export * from './events';
export * from './schema-agreement';
export * from './harness';
export * from './audit-chain';
