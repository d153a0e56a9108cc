import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import { Redis } from 'ioredis';
import { Pool } from 'pg';
import type { Principal } from '@lz/auth';
import { chainPendingAudit, newChainWatermark } from '@lz/audit';
import { acceptOrCreateCorrelationId, CORRELATION_HEADER } from '@lz/http';
import { applyMigrations, ensureDatabase, pgSqlClient, pgTransactionRunner } from '@lz/persistence';
import path from 'node:path';
import { registerAccessRoutes } from './access/access.routes';
import { AccessService } from './access/access.service';
import { registerApiDocs } from './docs/api-docs.routes';
import { platformPrincipal } from './access/platform-principal';
import { upstreamUrls, type GatewayConfig } from './gateway.config';
import { installProblemHandler } from './infra/problem';
import { registerPortal } from './portal/portal-static';
import { registerApiProxy } from './routing/api-proxy';
import { RateLimiter } from './security/rate-limit';
import { installSecurityHeaders } from './security/security-headers';
import { installSessionHooks, type CookieSettings } from './session/session.hooks';
import { OidcClient } from './session/oidc.client';
import { registerSessionRoutes } from './session/session.routes';
import { SessionStore } from './session/session.store';
import { PlatformTokens } from './tokens/platform-token.service';

export const GATEWAY_MIGRATIONS_DIR = path.resolve(__dirname, '..', 'prisma', 'migrations');

export interface Gateway {
  app: FastifyInstance;
  close(): Promise<void>;
}

/**
 * The backend-for-frontend on one origin (ARCHITECTURE.md "The people-facing layer"): the built
 * portal, `/api/v1/*` routed to the owning services with a platform token per request, the OIDC
 * sign-in with sessions in Redis, the Bureau's access administration, and the JWKS the services
 * verify against. Holds nothing of the domain.
 */
export async function buildGateway(config: GatewayConfig): Promise<Gateway> {
  await ensureDatabase(config.DATABASE_URL);
  await applyMigrations({
    databaseUrl: config.DATABASE_URL,
    migrationsDir: GATEWAY_MIGRATIONS_DIR,
    log: () => undefined,
  });
  const pool = new Pool({ connectionString: config.DATABASE_URL, max: 8 });
  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 2, enableOfflineQueue: true });
  const db = pgSqlClient(pool);
  const tx = pgTransactionRunner(pool);
  const access = new AccessService(db, tx);
  await access.seed(
    config.GATEWAY_BOOTSTRAP_OFFICERS,
    config.GATEWAY_SEED_DEV_GRANTS && config.NODE_ENV !== 'production',
  );
  const tokens = await PlatformTokens.load(config, pool);
  const store = new SessionStore(redis, config.REDIS_PREFIX, config.SESSION_TTL_SECONDS);
  const oidc = new OidcClient(config);
  const publicUrl = new URL(config.PUBLIC_URL);
  const cookies: CookieSettings = {
    secure:
      config.COOKIE_SECURE === 'auto' ? publicUrl.protocol === 'https:' : config.COOKIE_SECURE === 'true',
    sessionTtlSeconds: config.SESSION_TTL_SECONDS,
  };

  const app = Fastify({
    bodyLimit: config.HTTP_BODY_LIMIT,
    trustProxy: config.TRUST_PROXY.length > 0 ? config.TRUST_PROXY : false,
    logger: {
      level: config.LOG_LEVEL,
      // Paths only: query strings may carry an authorization code or a search for a person's name.
      serializers: {
        req: (req: { method: string; url: string }) => ({
          method: req.method,
          path: req.url.split('?', 1)[0],
        }),
      },
    },
    genReqId: (req) => acceptOrCreateCorrelationId(req.headers[CORRELATION_HEADER]),
    requestIdLogLabel: 'correlationId',
  });
  installProblemHandler(app);
  app.addHook('onRequest', async (request, reply) => {
    // One correlation id per request, passed to the services and back to the browser.
    request.headers[CORRELATION_HEADER] = request.id;
    reply.header(CORRELATION_HEADER, request.id);
  });
  installSecurityHeaders(app, new URL(config.OIDC_ISSUER).origin, publicUrl.protocol === 'https:');
  await app.register(fastifyCookie);
  installSessionHooks(app, store, cookies, publicUrl.origin);

  /** The caller's platform role: the session's identity and the grant active *now*. */
  const principalOf = async (request: FastifyRequest): Promise<Principal | null> => {
    if (request.gw.principal !== undefined) return request.gw.principal;
    const session = request.gw.session;
    request.gw.principal = session
      ? platformPrincipal(session.identity, await access.activeGrant(session.identity.sub))
      : null;
    return request.gw.principal;
  };

  // Which process answers (LZ_INSTANCE_ID from whoever started it; see libs/http's health controller).
  const instance = process.env['LZ_INSTANCE_ID'] ?? randomUUID();
  app.get('/health/live', async (_request, reply) => {
    void reply.header('x-lz-instance', instance);
    return { status: 'ok' };
  });
  app.get('/health/ready', async (_request, reply) => {
    void reply.header('x-lz-instance', instance);
    const checks = await Promise.all([
      pool.query('SELECT 1').then(
        () => 'up',
        () => 'down',
      ),
      redis.ping().then(
        () => 'up',
        () => 'down',
      ),
    ]);
    const ready = checks.every((c) => c === 'up');
    return reply
      .code(ready ? 200 : 503)
      .send({ status: ready ? 'ok' : 'down', details: { database: checks[0], redis: checks[1] } });
  });
  app.get('/.well-known/jwks.json', async (_request, reply) => {
    void reply.header('cache-control', 'public, max-age=300');
    return tokens.jwks();
  });

  registerSessionRoutes(app, { config, store, oidc, cookies, principalOf });
  registerAccessRoutes(app, access, principalOf);
  await registerApiProxy(app, {
    upstreams: upstreamUrls(config),
    tokens,
    objections: new RateLimiter(
      redis,
      config.REDIS_PREFIX,
      config.OBJECTION_RATE_LIMIT,
      config.OBJECTION_RATE_WINDOW_MS,
    ),
    principalOf,
    bodyLimit: config.HTTP_BODY_LIMIT,
    uploadLimit: config.GATEWAY_UPLOAD_LIMIT,
  });
  registerApiDocs(app, { upstreams: upstreamUrls(config) });
  await registerPortal(app, config.PORTAL_DIST);

  // The SM3 chain over the grants' audit rows (the same chainer as the services').
  const watermark = newChainWatermark();
  const chainer = setInterval(() => {
    chainPendingAudit(tx, { watermark }).catch((err: Error) =>
      app.log.warn({ err: err.message }, 'audit chain'),
    );
  }, 1_000);
  chainer.unref();

  return {
    app,
    async close() {
      clearInterval(chainer);
      await app.close();
      redis.disconnect();
      await pool.end();
    },
  };
}
