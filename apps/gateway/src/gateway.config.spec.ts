import { assertGatewayConfigSafe, gatewayConfigSchema } from './gateway.config';

describe(assertGatewayConfigSafe.name, () => {
  it('runs locally on the defaults', () => {
    expect(() => assertGatewayConfigSafe(gatewayConfigSchema.parse({}))).not.toThrow();
  });

  it('refuses the development client secret, dev grants and plain http in production', () => {
    expect(() => assertGatewayConfigSafe(gatewayConfigSchema.parse({ NODE_ENV: 'production' }))).toThrow(
      /OIDC_CLIENT_SECRET[\s\S]*GATEWAY_SEED_DEV_GRANTS[\s\S]*PUBLIC_URL/,
    );
    const ok = gatewayConfigSchema.parse({
      NODE_ENV: 'production',
      OIDC_CLIENT_SECRET: 'a-real-client-secret',
      GATEWAY_SEED_DEV_GRANTS: 'false',
      PUBLIC_URL: 'https://portal.example',
    });
    expect(() => assertGatewayConfigSafe(ok)).not.toThrow();
  });
});
