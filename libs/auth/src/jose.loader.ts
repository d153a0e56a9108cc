import type * as Jose from 'jose';

let loaded: typeof Jose | undefined;

/**
 * `jose` is ESM-only. Node 20.20 `require`s it fine, but Jest (Node < 24.9) only can when
 * jest.config.js transforms it (`transformIgnorePatterns: ['/node_modules/(?!(@nestjs|jose)/)']`).
 * Loading it on first use keeps `import '@lz/auth'` (decorators, schemas, scopes) working in any
 * test that never verifies or signs a token.
 */
export function jose(): typeof Jose {
  loaded ??= require('jose') as typeof Jose;
  return loaded;
}
