// Test support for this lib's *.int-spec.ts only (not exported from the index): a run's own vhost
// and database with the platform tables and an `effect` table (raw effects, one row per handling),
// a confirming publisher and the dead-letter reader.
import { Pool } from 'pg';
import { applyMigrations, PLATFORM_MIGRATIONS_DIR } from '@lz/persistence';
import { createTestDatabase, createTestVhost, type TestDatabase, type TestVhost } from '@lz/test-infra';
import { DeadLetterQueues, Publisher } from '../index';

export interface MessagingRig {
  vhost: TestVhost;
  db: TestDatabase;
  /** Direct to the database (never through a test's proxy): for counting. */
  pool: Pool;
  publisher: Publisher;
  dlq: DeadLetterQueues;
  /** Rows of `effect` and distinct events among them. */
  effects(): Promise<{ rows: number; distinct: number }>;
  dispose(): Promise<void>;
}

/** `extraColumns`: more columns of `effect`, e.g. `attempt int NOT NULL`. */
export async function messagingRig(label: string, extraColumns = ''): Promise<MessagingRig> {
  const vhost = await createTestVhost(label);
  const db = await createTestDatabase(label);
  await applyMigrations({
    databaseUrl: db.url,
    migrationsDir: PLATFORM_MIGRATIONS_DIR,
    log: () => undefined,
  });
  const pool = new Pool({ connectionString: db.url, max: 4 });
  pool.on('error', () => undefined); // the final DROP … FORCE may reach an idle client
  await pool.query(
    `CREATE TABLE effect (seq bigserial PRIMARY KEY, event_id uuid NOT NULL, n int NOT NULL${extraColumns ? `, ${extraColumns}` : ''})`,
  );
  const publisher = new Publisher({ url: vhost.url, name: `${label}-publisher` });
  await publisher.start();
  const dlq = new DeadLetterQueues(vhost.url, label);
  return {
    vhost,
    db,
    pool,
    publisher,
    dlq,
    effects: async () =>
      (
        await pool.query<{ rows: number; distinct: number }>(
          'SELECT count(*)::int AS rows, count(DISTINCT event_id)::int AS distinct FROM effect',
        )
      ).rows[0],
    dispose: async () => {
      await publisher.stop();
      await dlq.close();
      await pool.end();
      await db.drop();
      await vhost.drop();
    },
  };
}
