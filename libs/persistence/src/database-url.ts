/** The default local Postgres server (ARCHITECTURE.md "Running"). */
export const DEFAULT_POSTGRES_SERVER = 'postgresql://postgres@127.0.0.1:5432';

/**
 * A service's database URL: `<SERVICE>_DATABASE_URL`, else `DATABASE_URL`, else the local default
 * `postgresql://postgres@127.0.0.1:5432/lz_<service>`.
 */
export function serviceDatabaseUrl(service: string, env: NodeJS.ProcessEnv = process.env): string {
  const specific = env[`${service.toUpperCase()}_DATABASE_URL`];
  if (specific) return specific;
  if (env.DATABASE_URL) return env.DATABASE_URL;
  return `${DEFAULT_POSTGRES_SERVER}/lz_${service}`;
}

/** The same server and credentials, another database (default: the `postgres` maintenance db). */
export function withDatabase(url: string, database = 'postgres'): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

/** The database name of a URL. */
export function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!name) throw new Error(`database URL has no database name: ${redactUrl(url)}`);
  return name;
}

/** The URL with its password masked, for logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '<invalid url>';
  }
}

/** Double-quotes an SQL identifier. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
