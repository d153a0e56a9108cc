import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type * as OidcProvider from 'oidc-provider';
import { DEV_DIRECTORY, DEV_DIRECTORY_PASSWORD, findDirectoryAccount } from '@lz/dev-directory';
import { issuerOf, type IdentityConfig } from './identity.config';
import { errorPage, loginPage, logoutPage, signedOutPage } from './login/login.page';

/** Which process answers /health/live (LZ_INSTANCE_ID from whoever started it; see libs/http's health controller). */
const INSTANCE = process.env['LZ_INSTANCE_ID'] ?? randomUUID();

type Oidc = typeof OidcProvider;
type Provider = OidcProvider.default;

const SCOPE = 'openid profile lz';
const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http: https:; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

function samePassword(given: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(DEV_DIRECTORY_PASSWORD);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The claims an issuer would vouch for; platform roles are the gateway's grants, not these. */
function claimsOf(username: string): ({ sub: string } & Record<string, string>) | undefined {
  const a = findDirectoryAccount(username);
  if (!a) return undefined;
  return {
    sub: a.username,
    name: a.name,
    org_name: a.orgName,
    kind: a.kind,
    ...(a.uscc ? { uscc: a.uscc } : {}),
    ...(a.org ? { org: a.org } : {}),
    ...(a.jurisdiction ? { jurisdiction: a.jurisdiction } : {}),
  };
}

/**
 * A development OpenID Connect issuer on `oidc-provider` with the seeded directory of
 * `libs/dev-directory`: authorization code + PKCE (S256, required), ES256 ID tokens, RP-initiated
 * logout, a Chinese login page. Keys and grants live in memory for the life of the process
 * (restarting it signs everybody out of the issuer, not of the gateway).
 */
export async function createIdentityProvider(config: IdentityConfig): Promise<http.Server> {
  if (config.NODE_ENV === 'production') {
    throw new Error('the development identity provider refuses to start when NODE_ENV=production');
  }
  const oidc = require('oidc-provider') as Oidc;
  const { generateKeyPair, exportJWK } = require('jose') as typeof import('jose');
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), alg: 'ES256', use: 'sig', kid: `dev-${Date.now()}` };

  const provider: Provider = new oidc.Provider(issuerOf(config), {
    clients: [
      {
        client_id: config.OIDC_CLIENT_ID,
        client_secret: config.OIDC_CLIENT_SECRET,
        redirect_uris: config.IDENTITY_GATEWAY_URLS.map((u) => `${u}/auth/callback`),
        post_logout_redirect_uris: config.IDENTITY_GATEWAY_URLS.map((u) => `${u}/`),
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
        id_token_signed_response_alg: 'ES256',
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { required: () => true },
    scopes: ['openid', 'profile', 'lz'],
    claims: { openid: ['sub'], profile: ['name', 'org_name'], lz: ['kind', 'uscc', 'org', 'jurisdiction'] },
    // The gateway reads the claims from the ID token; no userinfo round-trip.
    conformIdTokenClaims: false,
    findAccount: async (_ctx, sub) => {
      const claims = claimsOf(sub);
      return claims ? { accountId: sub, claims: async () => claims } : undefined;
    },
    // Every client is first-party: consent is implied, never asked.
    loadExistingGrant: async (ctx) => {
      const client = ctx.oidc.client;
      const accountId = ctx.oidc.session?.accountId;
      if (!client || !accountId) return undefined;
      const existing = ctx.oidc.session?.grantIdFor(client.clientId);
      if (existing) return ctx.oidc.provider.Grant.find(existing);
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId });
      grant.addOIDCScope(SCOPE);
      await grant.save();
      return grant;
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => {
          ctx.type = 'html';
          ctx.body = logoutPage(form);
        },
        postLogoutSuccessSource: async (ctx) => {
          ctx.type = 'html';
          ctx.body = signedOutPage();
        },
      },
    },
    renderError: async (ctx, out) => {
      ctx.type = 'html';
      ctx.body = errorPage(`${String(out.error)}: ${String(out.error_description ?? '')}`);
    },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 600,
      Interaction: 600,
      Session: 8 * 3600,
      Grant: 8 * 3600,
    },
  });

  const accounts = DEV_DIRECTORY.map((a) => a.username);
  const callback = provider.callback();

  async function interaction(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    uid: string,
    login: boolean,
  ) {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) throw new Error('interaction mismatch');
    if (!login) {
      res.writeHead(200, PAGE_HEADERS).end(loginPage(uid, { accounts }));
      return;
    }
    const form = new URLSearchParams(await readBody(req));
    const username = (form.get('username') ?? '').trim();
    if (!findDirectoryAccount(username) || !samePassword(form.get('password') ?? '')) {
      res.writeHead(200, PAGE_HEADERS).end(loginPage(uid, { accounts, username, error: '用户名或密码错误' }));
      return;
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: username } },
      { mergeWithLastSubmission: false },
    );
  }

  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://identity.invalid');
    const m = /^\/interaction\/([A-Za-z0-9_-]+)(\/login)?$/.exec(url.pathname);
    if (url.pathname === '/health/live') {
      res
        .writeHead(200, { 'content-type': 'application/json', 'x-lz-instance': INSTANCE })
        .end('{"status":"ok"}');
      return;
    }
    if (m && (req.method === 'GET' || (req.method === 'POST' && m[2]))) {
      interaction(req, res, m[1], Boolean(m[2])).catch(() => {
        if (!res.headersSent)
          res.writeHead(400, PAGE_HEADERS).end(errorPage('登录会话已失效,请从平台重新登录。'));
      });
      return;
    }
    callback(req, res);
  });
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 16 * 1024) reject(new Error('body too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
