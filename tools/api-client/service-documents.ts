import { execFile } from 'node:child_process';
import path from 'node:path';
import type { OpenApiDocument } from '@lz/http';
import { SERVICES, type ServiceName } from '@lz/persistence';

const ROOT = path.resolve(__dirname, '..', '..');

/** The five services, and the gateway for its own routes (session, access). */
export type DocumentedApp = ServiceName | 'gateway';
export const DOCUMENTED_APPS: readonly DocumentedApp[] = [...SERVICES.map((s) => s.name), 'gateway'];

/**
 * A service's OpenAPI document as its running process serves it at /docs-json, built by the service's
 * own `apps/<svc>/src/openapi-document.ts` without starting it (no database, broker or Redis is
 * touched; libs/platform serviceOpenApiDocument); for `gateway`, its own routes.
 */
export function serviceDocument(name: DocumentedApp): Promise<OpenApiDocument> {
  const entry = path.join('apps', name, 'src', 'openapi-document.ts');
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['-r', './tools/register.cjs', entry],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? '' }, maxBuffer: 32 * 1024 * 1024, timeout: 120_000 },
      (err, stdout, stderr) => {
        if (err) return reject(new Error(`${entry}: ${err.message}\n${stderr}`));
        try {
          resolve(JSON.parse(stdout) as OpenApiDocument);
        } catch (parseError) {
          reject(new Error(`${entry} did not print a JSON document: ${(parseError as Error).message}`));
        }
      },
    );
  });
}
