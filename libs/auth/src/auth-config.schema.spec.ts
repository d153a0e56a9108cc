import { assertAuthConfigSafe, authConfigSchema, AuthConfigError } from './auth-config.schema';
import { DEV_JWT_SECRET } from './auth.constants';

describe(assertAuthConfigSafe.name, () => {
  it('defaults to dev mode with the dev secret, issuer and audience', () => {
    expect(authConfigSchema.parse({})).toEqual({
      AUTH_MODE: 'dev',
      AUTH_JWT_SECRET: DEV_JWT_SECRET,
      AUTH_ISSUER: 'lz-platform-dev',
      AUTH_AUDIENCE: 'lz-platform',
    });
  });

  it('allows dev mode outside production', () => {
    expect(() => assertAuthConfigSafe(authConfigSchema.parse({}), 'development')).not.toThrow();
    expect(() => assertAuthConfigSafe(authConfigSchema.parse({}), 'test')).not.toThrow();
  });

  it('refuses the dev issuer when NODE_ENV=production', () => {
    expect(() => assertAuthConfigSafe(authConfigSchema.parse({}), 'production')).toThrow(
      /AUTH_MODE.*production/,
    );
  });

  it('refuses the dev secret in production even in jwks mode', () => {
    const cfg = authConfigSchema.parse({ AUTH_MODE: 'jwks', AUTH_JWKS_URL: 'https://idp.example/jwks.json' });
    expect(() => assertAuthConfigSafe(cfg, 'production')).toThrow(AuthConfigError);
    const real = authConfigSchema.parse({
      AUTH_MODE: 'jwks',
      AUTH_JWKS_URL: 'https://idp.example/jwks.json',
      AUTH_JWT_SECRET: 'a-real-secret-that-is-long-enough-123456',
    });
    expect(() => assertAuthConfigSafe(real, 'production')).not.toThrow();
  });

  it('refuses dev+jwks in production (it accepts dev tokens) and needs a JWKS URL', () => {
    const both = authConfigSchema.parse({
      AUTH_MODE: 'dev+jwks',
      AUTH_JWKS_URL: 'http://127.0.0.1:3000/jwks',
    });
    expect(() => assertAuthConfigSafe(both, 'development')).not.toThrow();
    expect(() => assertAuthConfigSafe(both, 'production')).toThrow(/AUTH_MODE.*production/);
    expect(() => assertAuthConfigSafe(authConfigSchema.parse({ AUTH_MODE: 'dev+jwks' }), 'test')).toThrow(
      /AUTH_JWKS_URL/,
    );
  });

  it('requires a JWKS URL in jwks mode', () => {
    expect(() => assertAuthConfigSafe(authConfigSchema.parse({ AUTH_MODE: 'jwks' }), 'test')).toThrow(
      /AUTH_JWKS_URL/,
    );
  });
});
