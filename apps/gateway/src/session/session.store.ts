import { createHash, randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { SessionIdentity } from '../access/platform-principal';

/** A signed-in browser, kept server-side in Redis; the cookie holds only its random id. */
export interface SessionRecord {
  identity: SessionIdentity;
  /** The double-submit CSRF token of this session (x-csrf-token must equal it on every write). */
  csrf: string;
  /** The issuer's tokens: never sent to the browser. */
  tokens: { idToken?: string; accessToken: string; refreshToken?: string; expiresAt?: number };
  createdAt: string;
}

/** A sign-in in progress: the PKCE verifier, nonce and where to go afterwards (10 minutes). */
export interface LoginAttempt {
  codeVerifier: string;
  nonce: string;
  returnTo: string;
}

export const LOGIN_ATTEMPT_TTL_SECONDS = 600;

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * Sessions and login attempts in Redis under `<REDIS_PREFIX>gw:`. Keys are the SHA-256 of the
 * cookie value, so a Redis dump holds no usable cookie. Idle expiry: each read renews the TTL.
 */
export class SessionStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly ttlSeconds: number,
  ) {}

  private key(kind: 'sess' | 'login', id: string): string {
    return `${this.prefix}gw:${kind}:${createHash('sha256').update(id).digest('base64url')}`;
  }

  async create(record: SessionRecord): Promise<string> {
    const id = randomToken();
    await this.redis.set(this.key('sess', id), JSON.stringify(record), 'EX', this.ttlSeconds);
    return id;
  }

  /** The session, its idle TTL renewed; null when unknown or expired. */
  async get(id: string): Promise<SessionRecord | null> {
    const key = this.key('sess', id);
    const [[, raw]] = (await this.redis.multi().get(key).expire(key, this.ttlSeconds).exec()) as [
      [Error | null, string | null],
      unknown,
    ];
    return raw ? (JSON.parse(raw) as SessionRecord) : null;
  }

  async destroy(id: string): Promise<void> {
    await this.redis.del(this.key('sess', id));
  }

  async saveLogin(state: string, attempt: LoginAttempt): Promise<void> {
    await this.redis.set(this.key('login', state), JSON.stringify(attempt), 'EX', LOGIN_ATTEMPT_TTL_SECONDS);
  }

  /** Reads and deletes (one use): a replayed callback finds nothing. */
  async takeLogin(state: string): Promise<LoginAttempt | null> {
    const raw = await this.redis.getdel(this.key('login', state));
    return raw ? (JSON.parse(raw) as LoginAttempt) : null;
  }
}
