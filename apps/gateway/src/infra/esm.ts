/**
 * Loads an ES-module-only package (jose, openid-client, oidc-provider). Node 20.19+ `require`s ES
 * modules that have no top-level await; loading on first use keeps this CommonJS build's imports
 * of type-only names free of it.
 */
export function esm<T>(specifier: string): T {
  return require(specifier) as T;
}
