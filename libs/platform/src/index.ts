export * from './service-definition';
export * from './platform-config';
export * from './platform.constants';
export * from './database';
export * from './health.indicators';
export * from './audit-trail';
export * from './platform.module';
export * from './create-service-app';
