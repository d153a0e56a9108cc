import { z } from 'zod';

/** The development identity provider's settings (never for production: it refuses to start there). */
export const identityConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3100),
  HOST: z.string().default('127.0.0.1'),
  /** The issuer identifier; must be the URL the gateway and the browser reach it at. */
  IDENTITY_ISSUER: z.url().optional(),
  /** The gateway(s) allowed as relying party: comma-separated origins. */
  IDENTITY_GATEWAY_URLS: z
    .string()
    .default('http://127.0.0.1:3000')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim().replace(/\/$/, ''))
        .filter(Boolean),
    ),
  OIDC_CLIENT_ID: z.string().min(1).default('lz-gateway'),
  OIDC_CLIENT_SECRET: z.string().min(1).default('lz-gateway-dev-secret-0123456789abcdef'),
});
export type IdentityConfig = z.infer<typeof identityConfigSchema>;

export function issuerOf(config: IdentityConfig): string {
  return config.IDENTITY_ISSUER ?? `http://127.0.0.1:${config.PORT}`;
}
