import { loadConfigOrExit } from '@lz/http';
import { buildGateway } from './app';
import { assertGatewayConfigSafe, gatewayConfigSchema } from './gateway.config';

async function main(): Promise<void> {
  const config = loadConfigOrExit(gatewayConfigSchema);
  assertGatewayConfigSafe(config);
  const gateway = await buildGateway(config);
  await gateway.app.listen({ port: config.PORT, host: config.HOST });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    gateway.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((err: Error) => {
  process.stderr.write(`gateway: ${err.message}\n`);
  process.exit(1);
});
