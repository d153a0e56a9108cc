import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

/** Prisma Migrate's advisory lock key: our runner and `prisma migrate deploy` exclude each other. */
export const MIGRATION_ADVISORY_LOCK_KEY = 72707369;

/** `_prisma_migrations` exactly as Prisma's schema engine creates it on PostgreSQL. */
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface LocalMigration {
  name: string;
  sql: string;
  /** sha256 hex of migration.sql, as Prisma computes it. */
  checksum: string;
}

export interface ApplyMigrationsOptions {
  databaseUrl: string;
  /** A Prisma migrations folder: `<dir>/<timestamp>_<name>/migration.sql` (symlinks followed). */
  migrationsDir: string;
  log?: (line: string) => void;
}

export interface ApplyMigrationsResult {
  applied: string[];
  alreadyApplied: string[];
  /** Recorded in the database but absent from the folder (a newer deploy?); reported, not fatal. */
  unknownApplied: string[];
}

export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

export function checksumOf(sql: string): string {
  return createHash('sha256').update(sql, 'utf8').digest('hex');
}

/** The folder's migrations in Prisma's order (lexicographic by folder name). */
export function readMigrations(migrationsDir: string): LocalMigration[] {
  if (!existsSync(migrationsDir)) throw new MigrationError(`migrations folder not found: ${migrationsDir}`);
  return readdirSync(migrationsDir)
    .filter((name) => {
      const dir = path.join(migrationsDir, name);
      return statSync(dir).isDirectory() && existsSync(path.join(dir, 'migration.sql'));
    })
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: checksumOf(sql) };
    });
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
}

/**
 * Applies the folder's pending migrations in order, each in its own transaction, and records them
 * in `_prisma_migrations` as Prisma Migrate does (so `prisma migrate deploy`/`status` agree).
 * Idempotent; serialised across processes by Prisma's advisory lock; refuses when an applied
 * migration's file changed (checksum) or a failed Prisma migration is pending resolution.
 */
export async function applyMigrations(options: ApplyMigrationsOptions): Promise<ApplyMigrationsResult> {
  const local = readMigrations(options.migrationsDir);
  const log = options.log ?? (() => undefined);
  const client = new Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_ADVISORY_LOCK_KEY]);
    try {
      await client.query(CREATE_MIGRATIONS_TABLE);
      const { rows } = await client.query<AppliedRow>(
        `SELECT migration_name, checksum, finished_at, rolled_back_at, logs
           FROM "_prisma_migrations" ORDER BY started_at, migration_name`,
      );
      const live = rows.filter((r) => r.rolled_back_at === null);
      const failed = live.filter((r) => r.finished_at === null);
      if (failed.length > 0) {
        throw new MigrationError(
          `migration ${failed[0].migration_name} failed earlier and is not resolved ` +
            `(see _prisma_migrations.logs); fix the database, then mark it rolled back`,
        );
      }
      const applied = new Map(live.map((r) => [r.migration_name, r]));
      for (const m of local) {
        const row = applied.get(m.name);
        if (row && row.checksum !== m.checksum) {
          throw new MigrationError(
            `migration ${m.name} was modified after it was applied ` +
              `(checksum ${row.checksum} in the database, ${m.checksum} on disk); add a new migration instead`,
          );
        }
      }
      const result: ApplyMigrationsResult = {
        applied: [],
        alreadyApplied: local.filter((m) => applied.has(m.name)).map((m) => m.name),
        unknownApplied: [...applied.keys()].filter((name) => !local.some((m) => m.name === name)),
      };
      for (const m of local.filter((x) => !applied.has(x.name))) {
        log(`applying ${m.name}`);
        await client.query('BEGIN');
        try {
          const id = randomUUID();
          await client.query(
            `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
             VALUES ($1, $2, $3, now(), 0)`,
            [id, m.checksum, m.name],
          );
          await client.query(m.sql);
          await client.query(
            `UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`,
            [id],
          );
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw new MigrationError(`migration ${m.name} failed: ${(err as Error).message}`, { cause: err });
        }
        result.applied.push(m.name);
      }
      return result;
    } finally {
      await client
        .query('SELECT pg_advisory_unlock($1)', [MIGRATION_ADVISORY_LOCK_KEY])
        .catch(() => undefined);
    }
  } finally {
    await client.end();
  }
}
