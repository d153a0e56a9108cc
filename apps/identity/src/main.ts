import { loadConfigOrExit } from '@lz/http';
import { createIdentityProvider } from './identity-provider';
import { identityConfigSchema, issuerOf } from './identity.config';

async function main(): Promise<void> {
  const config = loadConfigOrExit(identityConfigSchema);
  const server = await createIdentityProvider(config);
  await new Promise<void>((resolve) => server.listen(config.PORT, config.HOST, resolve));
  process.stdout.write(
    `${JSON.stringify({ level: 'info', msg: 'identity provider listening', issuer: issuerOf(config) })}\n`,
  );
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((err: Error) => {
  process.stderr.write(`identity: ${err.message}\n`);
  process.exit(1);
});
