import { execFile } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * The committed types of libs/api-client are what the services' OpenAPI documents give now: a route
 * added or changed without `npm run api:generate` fails here, naming the file. Runs the generator in
 * its check mode as its own process (openapi-typescript loads ES modules, which Jest cannot require).
 */
describe('libs/api-client generated types', () => {
  it('match the services’ OpenAPI documents (else run `npm run api:generate` and commit)', async () => {
    const result = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(
        process.execPath,
        ['-r', './tools/register.cjs', 'tools/api-client/generate.ts', '--check'],
        { cwd: ROOT, timeout: 120_000 },
        (err, stdout, stderr) =>
          resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, output: `${stdout}${stderr}` }),
      );
    });
    expect(result).toEqual({ code: 0, output: expect.stringContaining('API types are up to date.') });
  }, 150_000);
});
