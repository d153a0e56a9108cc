import type * as OpenIdClient from 'openid-client';
import type { GatewayConfig } from '../gateway.config';
import { esm } from '../infra/esm';

type Client = typeof OpenIdClient;

/** Where the issuer sends the browser back: `${PUBLIC_URL}/auth/callback`. */
export function redirectUri(config: GatewayConfig): string {
  return new URL('/auth/callback', config.PUBLIC_URL).toString();
}

/**
 * The gateway as an OpenID Connect relying party (authorization code + PKCE S256, `openid-client`).
 * Discovery happens on first use and is retried on the next sign-in if the issuer was not up yet,
 * so the gateway starts (and serves public pages) while the issuer is away.
 */
export class OidcClient {
  private readonly client: Client = esm<Client>('openid-client');
  private configuration: Promise<OpenIdClient.Configuration> | null = null;

  constructor(private readonly config: GatewayConfig) {}

  private discovered(): Promise<OpenIdClient.Configuration> {
    this.configuration ??= this.client
      .discovery(
        new URL(this.config.OIDC_ISSUER),
        this.config.OIDC_CLIENT_ID,
        { redirect_uris: [redirectUri(this.config)], id_token_signed_response_alg: 'ES256' },
        this.client.ClientSecretBasic(this.config.OIDC_CLIENT_SECRET),
        {
          timeout: 5,
          // A plain-http issuer is only ever the local development one (production requires https).
          execute: this.config.OIDC_ISSUER.startsWith('http://') ? [this.client.allowInsecureRequests] : [],
        },
      )
      .catch((err: unknown) => {
        this.configuration = null;
        throw err;
      });
    return this.configuration;
  }

  /** The authorization URL of a new sign-in, with the secrets to keep until the callback. */
  async start(): Promise<{ url: string; state: string; codeVerifier: string; nonce: string }> {
    const cfg = await this.discovered();
    const codeVerifier = this.client.randomPKCECodeVerifier();
    const state = this.client.randomState();
    const nonce = this.client.randomNonce();
    const url = this.client.buildAuthorizationUrl(cfg, {
      redirect_uri: redirectUri(this.config),
      scope: this.config.OIDC_SCOPE,
      code_challenge: await this.client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.toString(), state, codeVerifier, nonce };
  }

  /** Exchanges the code (checks state, nonce, PKCE and the ID token) → tokens and ID-token claims. */
  async finish(
    callbackUrl: URL,
    checks: { state: string; codeVerifier: string; nonce: string },
  ): Promise<{
    claims: Record<string, unknown>;
    idToken?: string;
    accessToken: string;
    refreshToken?: string;
    expiresAt?: number;
  }> {
    const cfg = await this.discovered();
    const tokens = await this.client.authorizationCodeGrant(cfg, callbackUrl, {
      pkceCodeVerifier: checks.codeVerifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
    const claims = (tokens.claims() ?? {}) as Record<string, unknown>;
    const expiresIn = tokens.expiresIn();
    return {
      claims,
      idToken: tokens.id_token,
      accessToken: tokens.access_token,
      refreshToken: tokens.refresh_token,
      expiresAt: expiresIn === undefined ? undefined : Math.floor(Date.now() / 1000) + expiresIn,
    };
  }

  /** The issuer's end-session URL (RP-initiated logout), or null when it has none. */
  async endSessionUrl(idToken: string | undefined): Promise<string | null> {
    try {
      const cfg = await this.discovered();
      if (!cfg.serverMetadata().end_session_endpoint) return null;
      return this.client
        .buildEndSessionUrl(cfg, {
          post_logout_redirect_uri: new URL('/', this.config.PUBLIC_URL).toString(),
          ...(idToken ? { id_token_hint: idToken } : {}),
        })
        .toString();
    } catch {
      return null;
    }
  }
}
