import { z } from 'zod';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, DEV_JWT_SECRET } from './auth.constants';

/** Secret-marked schemas: a config dump must redact them (same marker as @lz/http's `secret()`). */
const secretMeta = { secret: true } as const;

export const authConfigSchema = z.object({
  /**
   * `dev`: HS256 tokens of the dev issuer (`npm run token`); `jwks`: ES256/RS256 tokens verified
   * against AUTH_JWKS_URL (the gateway's platform tokens, or a production issuer); `dev+jwks`: both
   * (local runs where the portal's gateway and scripts call the same services). Production: jwks only.
   */
  AUTH_MODE: z.enum(['dev', 'jwks', 'dev+jwks']).default('dev'),
  AUTH_JWT_SECRET: z.string().min(32).default(DEV_JWT_SECRET).meta(secretMeta),
  AUTH_JWKS_URL: z.url().optional(),
  AUTH_ISSUER: z.string().min(1).default(DEFAULT_ISSUER),
  /** `iss` of the JWKS-verified tokens when it differs from AUTH_ISSUER (dev+jwks: the gateway's). */
  AUTH_JWKS_ISSUER: z.string().min(1).optional(),
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
  if (config.AUTH_MODE !== 'dev' && !config.AUTH_JWKS_URL) {
    throw new AuthConfigError(
      `AUTH_JWKS_URL: required when AUTH_MODE=${config.AUTH_MODE} — set it to the gateway's (or issuer's) JWKS URL`,
    );
  }
  if (nodeEnv !== 'production') return;
  if (config.AUTH_MODE !== 'jwks') {
    throw new AuthConfigError(
      `AUTH_MODE: ${config.AUTH_MODE} (the dev token issuer) is refused when NODE_ENV=production — set AUTH_MODE=jwks and AUTH_JWKS_URL`,
    );
  }
  if (config.AUTH_JWT_SECRET === DEV_JWT_SECRET) {
    throw new AuthConfigError(
      'AUTH_JWT_SECRET: the dev secret is refused when NODE_ENV=production — unset it or set a real secret',
    );
  }
}
