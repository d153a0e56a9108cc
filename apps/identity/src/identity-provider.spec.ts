import { createIdentityProvider } from './identity-provider';
import { identityConfigSchema } from './identity.config';

describe(createIdentityProvider.name, () => {
  it('refuses to start when NODE_ENV=production', async () => {
    await expect(
      createIdentityProvider(identityConfigSchema.parse({ NODE_ENV: 'production' })),
    ).rejects.toThrow(/refuses to start when NODE_ENV=production/);
  });
});
