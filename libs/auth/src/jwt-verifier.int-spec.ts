import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { authConfigSchema } from './auth-config.schema';
import { DEV_JWT_SECRET } from './auth.constants';
import { InvalidTokenException, JwtVerifier } from './jwt-verifier.service';

/** Production mode: RS256/ES256 keys fetched from a JWKS URL (here a local HTTP server). */
describe(`${JwtVerifier.name} (jwks mode)`, () => {
  let server: Server;
  let verifier: JwtVerifier;
  let esKey: CryptoKey;
  let rsKey: CryptoKey;

  beforeAll(async () => {
    const es = await generateKeyPair('ES256', { extractable: true });
    const rs = await generateKeyPair('RS256', { extractable: true });
    esKey = es.privateKey;
    rsKey = rs.privateKey;
    const keys = [
      { ...(await exportJWK(es.publicKey)), kid: 'es', alg: 'ES256', use: 'sig' },
      { ...(await exportJWK(rs.publicKey)), kid: 'rs', alg: 'RS256', use: 'sig' },
    ];
    server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    verifier = new JwtVerifier(
      authConfigSchema.parse({
        AUTH_MODE: 'jwks',
        AUTH_JWKS_URL: `http://127.0.0.1:${port}/jwks.json`,
        AUTH_ISSUER: 'https://idp.example',
        AUTH_AUDIENCE: 'lz-platform',
      }),
    );
  }, 30_000);
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }, 30_000);

  const sign = (alg: string, kid: string, key: CryptoKey | Uint8Array) =>
    new SignJWT({ role: 'officer' })
      .setProtectedHeader({ alg, kid })
      .setSubject('officer-1')
      .setIssuer('https://idp.example')
      .setAudience('lz-platform')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(key);

  it('accepts ES256 and RS256 tokens signed by keys of the JWKS', async () => {
    await expect(verifier.verify(await sign('ES256', 'es', esKey))).resolves.toEqual({
      sub: 'officer-1',
      role: 'officer',
    });
    await expect(verifier.verify(await sign('RS256', 'rs', rsKey))).resolves.toEqual({
      sub: 'officer-1',
      role: 'officer',
    });
  });

  it('rejects an HS256 token even if signed with the dev secret', async () => {
    const token = await sign('HS256', 'es', new TextEncoder().encode(DEV_JWT_SECRET));
    await expect(verifier.verify(token)).rejects.toBeInstanceOf(InvalidTokenException);
  });

  it('rejects a token signed by a key that is not in the JWKS', async () => {
    const other = await generateKeyPair('ES256');
    await expect(verifier.verify(await sign('ES256', 'es', other.privateKey))).rejects.toBeInstanceOf(
      InvalidTokenException,
    );
  });
});

/** Local runs with the gateway: its ES256 platform tokens (JWKS) and `npm run token` side by side. */
describe(`${JwtVerifier.name} (dev+jwks mode)`, () => {
  let server: Server;
  let verifier: JwtVerifier;
  let esKey: CryptoKey;

  beforeAll(async () => {
    const es = await generateKeyPair('ES256', { extractable: true });
    esKey = es.privateKey;
    const keys = [{ ...(await exportJWK(es.publicKey)), kid: 'gw', alg: 'ES256', use: 'sig' }];
    server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    verifier = new JwtVerifier(
      authConfigSchema.parse({
        AUTH_MODE: 'dev+jwks',
        AUTH_JWKS_URL: `http://127.0.0.1:${port}/jwks.json`,
        AUTH_JWKS_ISSUER: 'lz-gateway',
      }),
    );
  }, 30_000);
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }, 30_000);

  const sign = (alg: string, iss: string, key: CryptoKey | Uint8Array) =>
    new SignJWT({ role: 'reviewer', jurisdiction: 'LZ-HTZ' })
      .setProtectedHeader({ alg, kid: 'gw' })
      .setSubject('r-1')
      .setIssuer(iss)
      .setAudience('lz-platform')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(key);

  it("accepts the gateway's ES256 token and a dev token, each under its own issuer", async () => {
    const expected = { sub: 'r-1', role: 'reviewer', jurisdiction: 'LZ-HTZ' };
    await expect(verifier.verify(await sign('ES256', 'lz-gateway', esKey))).resolves.toEqual(expected);
    const dev = new TextEncoder().encode(DEV_JWT_SECRET);
    await expect(verifier.verify(await sign('HS256', 'lz-platform-dev', dev))).resolves.toEqual(expected);
  });

  it('refuses a token that crosses issuers: HS256 claiming the gateway, ES256 claiming the dev issuer', async () => {
    const dev = new TextEncoder().encode(DEV_JWT_SECRET);
    await expect(verifier.verify(await sign('HS256', 'lz-gateway', dev))).rejects.toBeInstanceOf(
      InvalidTokenException,
    );
    await expect(verifier.verify(await sign('ES256', 'lz-platform-dev', esKey))).rejects.toBeInstanceOf(
      InvalidTokenException,
    );
  });
});
