import { z } from 'zod';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, DEV_JWT_SECRET } from './auth.constants';

/** Secret-marked schemas: a config dump must redact them (same marker as @lz/http's `secret()`). */
const secretMeta = { secret: true } as const;

export const authConfigSchema = z.object({
  AUTH_MODE: z.enum(['dev', 'jwks']).default('dev'),
  AUTH_JWT_SECRET: z.string().min(32).default(DEV_JWT_SECRET).meta(secretMeta),
  AUTH_JWKS_URL: z.url().optional(),
  AUTH_ISSUER: z.string().min(1).default(DEFAULT_ISSUER),
  AUTH_AUDIENCE: z.string().min(1).default(DEFAULT_AUDIENCE),
});
export type AuthConfig = z.infer<typeof authConfigSchema>;

export class AuthConfigError extends Error {
  override readonly name = 'AuthConfigError';
}

/**
 * Boot check: a production process must verify real tokens. Throws with how to fix it.
 * Call it from main.ts (createHttpApp does when given the auth config).
 */
export function assertAuthConfigSafe(
  config: AuthConfig,
  nodeEnv: string | undefined = process.env.NODE_ENV,
): void {
  if (config.AUTH_MODE === 'jwks' && !config.AUTH_JWKS_URL) {
    throw new AuthConfigError(
      'AUTH_JWKS_URL: required when AUTH_MODE=jwks — set it to the identity provider JWKS URL',
    );
  }
  if (nodeEnv !== 'production') return;
  if (config.AUTH_MODE === 'dev') {
    throw new AuthConfigError(
      'AUTH_MODE: the dev token issuer is refused when NODE_ENV=production — set AUTH_MODE=jwks and AUTH_JWKS_URL',
    );
  }
  if (config.AUTH_JWT_SECRET === DEV_JWT_SECRET) {
    throw new AuthConfigError(
      'AUTH_JWT_SECRET: the dev secret is refused when NODE_ENV=production — unset it or set a real secret',
    );
  }
}
