import { buildOpenApiDocument, controllersOf, type OpenApiDocument } from '@lz/http';
import type { ServiceModuleFactory } from './create-service-app';
import { loadPlatformConfig } from './platform-config';
import type { ServiceDefinition } from './service-definition';

/**
 * The OpenAPI document a service serves at /docs-json, built from its module tree without booting it
 * (nothing connects: no provider is created) and with default settings, so it does not depend on the
 * machine. e2e/stack.e2e-spec.ts compares it with what each running service serves.
 */
export async function serviceOpenApiDocument(
  service: ServiceDefinition,
  appModule: ServiceModuleFactory,
): Promise<OpenApiDocument> {
  const config = loadPlatformConfig(service, {});
  const controllers = await controllersOf(appModule(config, {}));
  return buildOpenApiDocument(controllers, { serviceName: service.name });
}

/**
 * `apps/<svc>/src/openapi-document.ts` (what `npm run api:generate` runs for each service): prints the
 * service's OpenAPI document as JSON on stdout.
 */
export function printOpenApiDocument(service: ServiceDefinition, appModule: ServiceModuleFactory): void {
  serviceOpenApiDocument(service, appModule).then(
    (doc) => process.stdout.write(`${JSON.stringify(doc)}\n`),
    (err: Error) => {
      console.error(`${service.name}: ${err.stack ?? err.message}`);
      process.exitCode = 1;
    },
  );
}
