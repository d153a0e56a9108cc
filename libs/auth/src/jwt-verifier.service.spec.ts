import { SignJWT, generateKeyPair } from 'jose';
import { authConfigSchema } from './auth-config.schema';
import { DEV_JWT_SECRET } from './auth.constants';
import { issueDevToken } from './dev-token';
import { InvalidTokenException, JwtVerifier } from './jwt-verifier.service';

const config = authConfigSchema.parse({});
const verifier = new JwtVerifier(config);
const devKey = new TextEncoder().encode(DEV_JWT_SECRET);

function base(claims: Record<string, unknown> = { sub: 'o', role: 'officer' }) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer('lz-platform-dev')
    .setAudience('lz-platform')
    .setIssuedAt();
}

describe(JwtVerifier.name, () => {
  it('verifies a dev token into its principal', async () => {
    const token = await issueDevToken({ role: 'reviewer', sub: 'r1', jurisdiction: '510521' });
    await expect(verifier.verify(token)).resolves.toEqual({
      sub: 'r1',
      role: 'reviewer',
      jurisdiction: '510521',
    });
  });

  it('rejects a token signed with another secret', async () => {
    const token = await base()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('x'.repeat(40)));
    await expect(verifier.verify(token)).rejects.toBeInstanceOf(InvalidTokenException);
  });

  it('rejects an unsigned alg:none token', async () => {
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const token = `${enc({ alg: 'none' })}.${enc({ sub: 'o', role: 'officer', iss: 'lz-platform-dev', aud: 'lz-platform', iat: now, exp: now + 60 })}.`;
    await expect(verifier.verify(token)).rejects.toBeInstanceOf(InvalidTokenException);
  });

  it('rejects an RS256 token in dev mode (algorithm allow-list)', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const token = await new SignJWT({ sub: 'o', role: 'officer' })
      .setProtectedHeader({ alg: 'RS256' })
      .setIssuer('lz-platform-dev')
      .setAudience('lz-platform')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(privateKey);
    await expect(verifier.verify(token)).rejects.toMatchObject({ reason: 'ERR_JOSE_ALG_NOT_ALLOWED' });
  });

  it('accepts a token expired by less than the clock tolerance and rejects one expired longer ago', async () => {
    const now = Math.floor(Date.now() / 1000);
    const justExpired = await base()
      .setExpirationTime(now - 5)
      .sign(devKey);
    await expect(verifier.verify(justExpired)).resolves.toMatchObject({ sub: 'o' });
    const expired = await base()
      .setExpirationTime(now - 600)
      .sign(devKey);
    await expect(verifier.verify(expired)).rejects.toMatchObject({ reason: 'ERR_JWT_EXPIRED' });
  });

  it('rejects a token not yet valid', async () => {
    const now = Math.floor(Date.now() / 1000);
    const early = await base()
      .setNotBefore(now + 600)
      .setExpirationTime(now + 3600)
      .sign(devKey);
    await expect(verifier.verify(early)).rejects.toBeInstanceOf(InvalidTokenException);
  });

  it('rejects a wrong issuer and a wrong audience', async () => {
    const iss = await issueDevToken({ role: 'officer', issuer: 'evil' });
    await expect(verifier.verify(iss)).rejects.toMatchObject({ reason: 'ERR_JWT_CLAIM_VALIDATION_FAILED' });
    const aud = await issueDevToken({ role: 'officer', audience: 'other' });
    await expect(verifier.verify(aud)).rejects.toMatchObject({ reason: 'ERR_JWT_CLAIM_VALIDATION_FAILED' });
  });

  it('rejects a token without exp and one whose role lacks its scope claim', async () => {
    const noExp = await base().sign(devKey);
    await expect(verifier.verify(noExp)).rejects.toBeInstanceOf(InvalidTokenException);
    const noScope = await base({ sub: 'a', role: 'applicant' }).setExpirationTime('1h').sign(devKey);
    await expect(verifier.verify(noScope)).rejects.toMatchObject({ reason: expect.stringContaining('uscc') });
  });

  it('reads the bearer token from the Authorization header', () => {
    expect(JwtVerifier.bearer('Bearer a.b.c')).toBe('a.b.c');
    expect(JwtVerifier.bearer('Basic abc')).toBeUndefined();
    expect(JwtVerifier.bearer(undefined)).toBeUndefined();
  });

  it('serves a verified token from its cache only until the token expires', async () => {
    jest.useFakeTimers({
      doNotFake: [
        'nextTick',
        'setImmediate',
        'setTimeout',
        'setInterval',
        'clearTimeout',
        'clearInterval',
        'queueMicrotask',
        'hrtime',
        'performance',
      ],
    });
    try {
      const v = new JwtVerifier(config);
      const now = Math.floor(Date.now() / 1000);
      const token = await base()
        .setExpirationTime(now + 60)
        .sign(devKey);
      await expect(v.verify(token)).resolves.toEqual({ sub: 'o', role: 'officer' });
      await expect(v.verify(token)).resolves.toEqual({ sub: 'o', role: 'officer' });
      jest.setSystemTime((now + 60 + 3600) * 1000);
      await expect(v.verify(token)).rejects.toMatchObject({ reason: 'ERR_JWT_EXPIRED' });
    } finally {
      jest.useRealTimers();
    }
  });
});
