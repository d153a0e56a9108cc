import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DOCUMENTED_APPS, serviceDocument, type DocumentedApp } from './service-documents';

/**
 * `npm run api:generate`: the TypeScript types of each service's OpenAPI document
 * (openapi-typescript), written to libs/api-client/src/generated/<service>.ts and committed; the
 * typed client (openapi-fetch) reads them. `-- --check` writes nothing and exits 1 naming every file
 * that differs from what the services' documents give now (tools/api-client/generate.spec.ts runs it).
 */
const ROOT = path.resolve(__dirname, '..', '..');
export const GENERATED_DIR = path.join(ROOT, 'libs', 'api-client', 'src', 'generated');

const HEADER = (name: string) =>
  name === 'gateway'
    ? `/**
 * The gateway's own HTTP routes (session, access) as TypeScript types, generated from
 * apps/gateway/src/openapi-document.ts by \`npm run api:generate\`. Do not edit: change the gateway's
 * document (apps/gateway/src/docs/api-docs.merge.ts), then run \`npm run api:generate\`.
 */

`
    : `/**
 * The ${name} service's HTTP API as TypeScript types, generated from its OpenAPI document
 * (the one it serves at /docs-json) by \`npm run api:generate\`. Do not edit: change the service's
 * controllers and schemas, then run \`npm run api:generate\`.
 */

`;

export async function generatedSources(): Promise<Record<DocumentedApp, string>> {
  // ES-module-first packages with CommonJS builds: loaded on use (tools/register.cjs is CommonJS).
  const ots = require('openapi-typescript') as typeof import('openapi-typescript') & {
    default?: typeof import('openapi-typescript');
  };
  const openapiTS = ots.default ?? ots;
  const { astToString } = ots;
  const prettier = require('prettier') as typeof import('prettier');
  const config = JSON.parse(readFileSync(path.join(ROOT, '.prettierrc.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const out = {} as Record<DocumentedApp, string>;
  const docs = await Promise.all(DOCUMENTED_APPS.map(serviceDocument));
  for (const [i, name] of DOCUMENTED_APPS.entries()) {
    const doc = docs[i];
    const ast = await openapiTS(doc as unknown as Parameters<typeof openapiTS>[0], {
      // zod defaults fill a field the caller leaves out: it stays optional in a request.
      defaultNonNullable: false,
      alphabetize: true,
      silent: true,
    });
    out[name] = await prettier.format(HEADER(name) + astToString(ast), { ...config, parser: 'typescript' });
  }
  return out;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const sources = await generatedSources();
  const stale: string[] = [];
  mkdirSync(GENERATED_DIR, { recursive: true });
  for (const [name, source] of Object.entries(sources)) {
    const file = path.join(GENERATED_DIR, `${name}.ts`);
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      /* not generated yet */
    }
    if (current === source) continue;
    stale.push(path.relative(ROOT, file));
    if (!check) writeFileSync(file, source);
  }
  if (check && stale.length > 0) {
    console.error(
      `The committed API types differ from the services' OpenAPI documents: ${stale.join(', ')}\n` +
        'Run `npm run api:generate` and commit the result.',
    );
    process.exit(1);
  }
  console.log(
    check
      ? 'API types are up to date.'
      : stale.length
        ? `wrote ${stale.join(', ')}`
        : 'API types were already up to date.',
  );
}

if (require.main === module) {
  main().catch((err: Error) => {
    console.error(err.stack ?? err.message);
    process.exit(1);
  });
}
