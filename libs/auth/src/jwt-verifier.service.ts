import { Injectable, UnauthorizedException } from '@nestjs/common';
import type { JWTPayload, JWTVerifyGetKey } from 'jose';
import { jose } from './jose.loader';
import { CLOCK_TOLERANCE_SECONDS } from './auth.constants';
import type { AuthConfig } from './auth-config.schema';
import { principalSchema, type Principal } from './principal.schema';

const HS_ALGORITHMS = ['HS256'];
const ASYMMETRIC_ALGORITHMS = ['RS256', 'ES256'];

/** Why a token was refused — kept for logs; the client only sees 401. */
export class InvalidTokenException extends UnauthorizedException {
  constructor(readonly reason: string) {
    super({ message: 'The bearer token is missing or invalid', reason });
  }
}

/**
 * Verifies bearer JWTs: a fixed algorithm allow-list (HS256 in dev mode, RS256/ES256 via JWKS
 * otherwise — `alg: none` never passes), signature, exp/nbf with a small tolerance, iss and aud,
 * then the claims against the principal schema.
 */
@Injectable()
export class JwtVerifier {
  /** HS256 dev secret (dev, dev+jwks). */
  private readonly devKey: Uint8Array | null;
  /** Remote JWKS (jwks, dev+jwks). */
  private readonly jwks: JWTVerifyGetKey | null;
  /**
   * Verified tokens → principal, until their exp. Keyed by the whole token (signature included), so
   * only a token that passed verification is ever served from here. Bounded; oldest entries go first.
   */
  private readonly cache = new Map<string, { principal: Principal; expiresAtMs: number }>();
  private static readonly CACHE_MAX = 10_000;

  constructor(private readonly config: AuthConfig) {
    const withJwks = config.AUTH_MODE === 'jwks' || config.AUTH_MODE === 'dev+jwks';
    if (withJwks && !config.AUTH_JWKS_URL)
      throw new Error(`AUTH_JWKS_URL is required when AUTH_MODE=${config.AUTH_MODE}`);
    this.jwks = withJwks ? jose().createRemoteJWKSet(new URL(config.AUTH_JWKS_URL as string)) : null;
    this.devKey = config.AUTH_MODE === 'jwks' ? null : new TextEncoder().encode(config.AUTH_JWT_SECRET);
  }

  async verify(token: string): Promise<Principal> {
    const hit = this.cache.get(token);
    if (hit) {
      if (hit.expiresAtMs > Date.now()) return hit.principal;
      this.cache.delete(token);
    }
    return this.verifyUncached(token);
  }

  private async verifyUncached(token: string): Promise<Principal> {
    let payload: JWTPayload;
    try {
      const { jwtVerify, decodeProtectedHeader } = jose();
      // The header only picks which key to try; each key has its own fixed algorithm list, so a
      // token cannot choose HS256 against the JWKS or an asymmetric alg against the secret.
      const asymmetric = ASYMMETRIC_ALGORITHMS.includes(String(decodeProtectedHeader(token).alg));
      const common = {
        audience: this.config.AUTH_AUDIENCE,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['sub', 'exp'],
      };
      if (this.jwks && (asymmetric || !this.devKey)) {
        const result = await jwtVerify(token, this.jwks, {
          ...common,
          algorithms: ASYMMETRIC_ALGORITHMS,
          issuer: this.config.AUTH_JWKS_ISSUER ?? this.config.AUTH_ISSUER,
        });
        payload = result.payload;
      } else if (this.devKey) {
        const result = await jwtVerify(token, this.devKey, {
          ...common,
          algorithms: HS_ALGORITHMS,
          issuer: this.config.AUTH_ISSUER,
        });
        payload = result.payload;
      } else {
        throw new Error('no verification key');
      }
    } catch (err) {
      throw new InvalidTokenException(
        err instanceof jose().errors.JOSEError ? err.code : 'ERR_TOKEN_UNREADABLE',
      );
    }
    const parsed = principalSchema.safeParse(payload);
    if (!parsed.success) {
      throw new InvalidTokenException(
        `claims: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`,
      );
    }
    if (typeof payload.exp === 'number') {
      if (this.cache.size >= JwtVerifier.CACHE_MAX) {
        this.cache.delete(this.cache.keys().next().value as string);
      }
      // Served from the cache only until exp (no clock tolerance), so it never outlives verification.
      this.cache.set(token, { principal: parsed.data, expiresAtMs: payload.exp * 1000 });
    }
    return parsed.data;
  }

  /** `Authorization: Bearer <jwt>` → the token, or undefined. */
  static bearer(header: string | string[] | undefined): string | undefined {
    const value = Array.isArray(header) ? header[0] : header;
    const m = value ? /^Bearer\s+([A-Za-z0-9\-_.]+)$/i.exec(value.trim()) : null;
    return m ? m[1] : undefined;
  }
}
