import { SetMetadata } from '@nestjs/common';

/**
 * Same key as @lz/auth's `@Public()` (`PUBLIC_METADATA`). @lz/http must not import @lz/auth (two
 * feature libs), so its built-in routes (health, metrics, docs) declare themselves public with the
 * key directly; the auth guard and the boot check then treat them like any @Public() route.
 */
export const PUBLIC_ROUTE_METADATA = 'lz:auth:public';
export const PublicRoute = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_ROUTE_METADATA, true);

export const API_PREFIX = 'api/v1';
export const HTTP_KIT_OPTIONS = Symbol('HTTP_KIT_OPTIONS');

export interface HttpKitOptions {
  serviceName: string;
  /** Global prefix of the service's own routes (default api/v1). */
  globalPrefix?: string;
  /** Service version for /docs (default 0.0.0). */
  version?: string;
  /** Serve /metrics (default true). */
  metrics?: boolean;
}
