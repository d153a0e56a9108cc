import { Client } from 'pg';
import { databaseName, quoteIdent } from './database-url';

export interface ServiceRoleOptions {
  /** Admin (owner/superuser) URL of the service database, after migrations ran. */
  databaseUrl: string;
  /** Login role, e.g. `lz_intake`. Roles are cluster-wide; the grants are per database. */
  role: string;
  /** Optional password (local trust auth needs none). */
  password?: string;
}

/**
 * Creates (if missing) a non-superuser login role for a service and grants it what a service needs
 * on the current tables of `public`: SELECT/INSERT/UPDATE/DELETE and sequence use — but on
 * `audit_log` and `audit_chain` only SELECT and INSERT (等保 2.0: the service may append audit rows, never change
 * them). The append-only triggers of the platform migration refuse changes for every role anyway.
 * Re-run after each migration (npm start does), as grants cover existing tables only.
 */
export async function ensureServiceRole(options: ServiceRoleOptions): Promise<void> {
  const role = quoteIdent(options.role);
  const db = quoteIdent(databaseName(options.databaseUrl));
  const client = new Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    // CREATE ROLE is not transactional against concurrent creators; tolerate "already exists".
    const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [options.role]);
    if (!exists.rowCount) {
      try {
        await client.query(`CREATE ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE`);
      } catch (err) {
        const code = (err as { code?: string }).code;
        if (code !== '42710' && code !== '23505') throw err;
      }
    }
    if (options.password !== undefined) {
      await client.query(`ALTER ROLE ${role} PASSWORD ${quoteLiteral(options.password)}`);
    }
    await client.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${db} TO ${role}`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    await client.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "audit_log" FROM ${role}`);
    const chain = await client.query(`SELECT to_regclass('public.audit_chain') IS NOT NULL AS present`);
    if ((chain.rows[0] as { present: boolean }).present) {
      await client.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "audit_chain" FROM ${role}`);
    }
    await client.query(`REVOKE ALL ON "_prisma_migrations" FROM ${role}`);
    await client.query(`GRANT SELECT ON "_prisma_migrations" TO ${role}`);
  } finally {
    await client.end();
  }
}

function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
