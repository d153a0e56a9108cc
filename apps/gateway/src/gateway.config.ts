import { z } from 'zod';
import { baseConfigSchema, secret } from '@lz/http';

const url = z.url();
const KIB = 1024;

/**
 * The gateway's settings, parsed once at boot (a wrong variable stops it with one line per problem).
 * Defaults are the local `npm start` layout: services on 3001–3005, the development identity provider
 * on 3100, the gateway itself on 3000.
 */
export const gatewayConfigSchema = baseConfigSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: secret(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//)
      .default('postgresql://postgres@127.0.0.1:5432/lz_gateway'),
  ),
  REDIS_PREFIX: z.string().default('lz:'),
  /** The origin people type into the browser; the OIDC redirect URI and CSRF origin check use it. */
  PUBLIC_URL: url.default('http://127.0.0.1:3000'),
  INTAKE_URL: url.default('http://127.0.0.1:3001'),
  REVIEW_URL: url.default('http://127.0.0.1:3002'),
  PUBLICITY_URL: url.default('http://127.0.0.1:3003'),
  SUBSIDY_URL: url.default('http://127.0.0.1:3004'),
  EVALUATION_URL: url.default('http://127.0.0.1:3005'),
  NOTIFICATIONS_URL: url.default('http://127.0.0.1:3006'),
  /** The OpenID Connect issuer (the province's unified identity service in production). */
  OIDC_ISSUER: url.default('http://127.0.0.1:3100'),
  OIDC_CLIENT_ID: z.string().min(1).default('lz-gateway'),
  OIDC_CLIENT_SECRET: secret(z.string().min(1).default('lz-gateway-dev-secret-0123456789abcdef')),
  OIDC_SCOPE: z.string().default('openid profile lz'),
  /** Name of the ID-token claim that carries an enterprise login's USCC. */
  OIDC_USCC_CLAIM: z.string().min(1).default('uscc'),
  /** The built portal; when the folder is missing the gateway serves a short placeholder page. */
  PORTAL_DIST: z.string().default('apps/portal/dist'),
  /** Idle lifetime of a session, seconds (each request renews it). */
  SESSION_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(10)
    .max(86_400)
    .default(8 * 3600),
  /** Lifetime of the platform access token minted for each proxied request, seconds. */
  PLATFORM_TOKEN_TTL_SECONDS: z.coerce.number().int().min(10).max(3600).default(120),
  /** `iss` of the platform access tokens; the services' AUTH_JWKS_ISSUER. */
  PLATFORM_TOKEN_ISSUER: z.string().min(1).default('lz-gateway'),
  PLATFORM_TOKEN_AUDIENCE: z.string().min(1).default('lz-platform'),
  /** A private ES256 JWK (JSON). Unset: the first gateway generates one and stores it in its database. */
  GATEWAY_SIGNING_KEY: secret(z.string().min(1).optional()),
  /** Filing objections: this many per client address per window (SPEC §3.5 public writes). */
  OBJECTION_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  OBJECTION_RATE_WINDOW_MS: z.coerce.number().int().min(1000).default(60_000),
  /** Uploads of attachments may be up to this many bytes (other bodies: HTTP_BODY_LIMIT). */
  GATEWAY_UPLOAD_LIMIT: z.coerce
    .number()
    .int()
    .min(KIB)
    .default(11 * KIB * KIB),
  /** Issuer `sub`s that hold the officer role from the first boot (production bootstrap). */
  GATEWAY_BOOTSTRAP_OFFICERS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  /** Seed the grants of the development directory (staff and evaluators); never in production. */
  GATEWAY_SEED_DEV_GRANTS: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Addresses/CIDRs of the reverse proxies in front (their X-Forwarded-For is believed); empty: none. */
  TRUST_PROXY: z.string().default(''),
  /** Behind a TLS-terminating proxy: mark cookies Secure (default: when PUBLIC_URL is https). */
  COOKIE_SECURE: z.enum(['true', 'false', 'auto']).default('auto'),
});
export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

export function upstreamUrls(config: GatewayConfig) {
  return {
    intake: config.INTAKE_URL,
    review: config.REVIEW_URL,
    publicity: config.PUBLICITY_URL,
    subsidy: config.SUBSIDY_URL,
    evaluation: config.EVALUATION_URL,
    notifications: config.NOTIFICATIONS_URL,
  } as const;
}

/** Production must not run with the development client secret or the development grants. */
export function assertGatewayConfigSafe(config: GatewayConfig): void {
  if (config.NODE_ENV !== 'production') return;
  const problems: string[] = [];
  if (config.OIDC_CLIENT_SECRET === gatewayConfigSchema.shape.OIDC_CLIENT_SECRET.parse(undefined))
    problems.push('OIDC_CLIENT_SECRET: the development secret is refused when NODE_ENV=production');
  if (config.GATEWAY_SEED_DEV_GRANTS)
    problems.push('GATEWAY_SEED_DEV_GRANTS: set it to false when NODE_ENV=production');
  if (!config.PUBLIC_URL.startsWith('https://'))
    problems.push('PUBLIC_URL: must be https:// when NODE_ENV=production');
  if (problems.length > 0) throw new Error(problems.join('\n'));
}
