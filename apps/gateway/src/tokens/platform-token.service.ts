import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { CryptoKey, JWK } from 'jose';
import { principalSchema, type Principal } from '@lz/auth';
import type { GatewayConfig } from '../gateway.config';
import { esm } from '../infra/esm';

type Jose = typeof import('jose');

const ALG = 'ES256';
/** A cached token is reused while it has at least this long left (seconds). */
const REUSE_MARGIN_S = 30;

/**
 * The platform access token: a short-lived ES256 JWT the gateway mints for each proxied request from
 * the caller's *platform* role (its grants, read at that request), signed with the gateway's own key
 * whose public half is `/.well-known/jwks.json`. The services verify it (AUTH_MODE=jwks) and keep
 * scoping by its claims as before. The browser never sees it.
 */
export class PlatformTokens {
  private readonly cache = new Map<string, { token: string; exp: number }>();

  private constructor(
    private readonly jose: Jose,
    private readonly key: CryptoKey,
    readonly publicJwk: JWK,
    private readonly config: GatewayConfig,
  ) {}

  /** Loads GATEWAY_SIGNING_KEY, else the stored key, else generates and stores one (replicas share it). */
  static async load(config: GatewayConfig, pool: Pool): Promise<PlatformTokens> {
    const jose = esm<Jose>('jose');
    let privateJwk: JWK;
    if (config.GATEWAY_SIGNING_KEY) {
      privateJwk = JSON.parse(config.GATEWAY_SIGNING_KEY) as JWK;
    } else {
      const stored = await pool.query<{ private_jwk: JWK }>(
        'SELECT private_jwk FROM signing_key ORDER BY created_at DESC, kid LIMIT 1',
      );
      if (stored.rows[0]) {
        privateJwk = stored.rows[0].private_jwk;
      } else {
        const { privateKey } = await jose.generateKeyPair(ALG, { extractable: true });
        const jwk = await jose.exportJWK(privateKey);
        const kid = await jose.calculateJwkThumbprint(jwk);
        await pool.query(
          'INSERT INTO signing_key (kid, private_jwk) VALUES ($1, $2::jsonb) ON CONFLICT DO NOTHING',
          [kid, JSON.stringify({ ...jwk, kid })],
        );
        // Another replica may have won the race: everyone signs with the first stored key.
        const first = await pool.query<{ private_jwk: JWK }>(
          'SELECT private_jwk FROM signing_key ORDER BY created_at DESC, kid LIMIT 1',
        );
        privateJwk = first.rows[0].private_jwk;
      }
    }
    const { d: _d, ...publicPart } = privateJwk;
    const kid = privateJwk.kid ?? (await jose.calculateJwkThumbprint(publicPart));
    const key = (await jose.importJWK({ ...privateJwk, alg: ALG }, ALG)) as CryptoKey;
    const publicJwk: JWK = { kty: publicPart.kty, crv: publicPart.crv, x: publicPart.x, y: publicPart.y };
    return new PlatformTokens(jose, key, { ...publicJwk, kid, alg: ALG, use: 'sig' }, config);
  }

  jwks(): { keys: JWK[] } {
    return { keys: [this.publicJwk] };
  }

  /** A token for `principal` (checked against the services' principal schema first). */
  async mint(principal: Principal, extra: Record<string, string> = {}): Promise<string> {
    const claims = principalSchema.parse(principal);
    const cacheKey = createHash('sha256')
      .update(JSON.stringify([claims, extra]))
      .digest('base64url');
    const now = Math.floor(Date.now() / 1000);
    const hit = this.cache.get(cacheKey);
    if (hit && hit.exp - now > REUSE_MARGIN_S) return hit.token;
    const exp = now + this.config.PLATFORM_TOKEN_TTL_SECONDS;
    const token = await new this.jose.SignJWT({ ...extra, ...claims })
      .setProtectedHeader({ alg: ALG, kid: this.publicJwk.kid, typ: 'JWT' })
      .setIssuer(this.config.PLATFORM_TOKEN_ISSUER)
      .setAudience(this.config.PLATFORM_TOKEN_AUDIENCE)
      .setSubject(claims.sub)
      .setIssuedAt(now)
      .setExpirationTime(exp)
      .sign(this.key);
    if (this.cache.size > 5_000) this.cache.clear();
    this.cache.set(cacheKey, { token, exp });
    return token;
  }
}
