import { Pool, type PoolClient } from 'pg';
import { createTestDatabase, type TestDatabase } from '@lz/test-infra';
import { isSerializationFailure, withSerializableRetry } from './serializable-retry';
import type { TransactionRunner } from './transaction-runner';

/** A SERIALIZABLE runner over node-postgres, to provoke real 40001 failures. */
function serializableRunner(pool: Pool): TransactionRunner<PoolClient> {
  return {
    async transaction(fn) {
      const c = await pool.connect();
      try {
        await c.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
        const result = await fn(c);
        await c.query('COMMIT');
        return result;
      } catch (err) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        c.release();
      }
    },
  };
}

describe(withSerializableRetry.name, () => {
  let db: TestDatabase;
  let pool: Pool;

  beforeEach(async () => {
    db = await createTestDatabase('retry');
    pool = new Pool({ connectionString: db.url, max: 10 });
    // Idle clients may see the FORCE drop of the database at teardown; that is not a test failure.
    pool.on('error', () => undefined);
    await pool.query(
      'CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL); INSERT INTO counter VALUES (1, 0)',
    );
  });
  afterEach(async () => {
    await pool.end();
    await db.drop();
  });

  /** Resolves once `parties` callers have arrived: forces the transactions to overlap. */
  function barrier(parties: number): () => Promise<void> {
    let arrived = 0;
    let release!: () => void;
    const all = new Promise<void>((r) => (release = r));
    return () => {
      arrived += 1;
      if (arrived === parties) release();
      return all;
    };
  }

  // Read-then-write increments that all read before any writes: under SERIALIZABLE, all but one
  // fail with 40001 on their first attempt.
  function overlappingIncrement(parties: number) {
    const firstAttempts = barrier(parties);
    return () => {
      let attempt = 0;
      return async (tx: PoolClient) => {
        attempt += 1;
        const { rows } = await tx.query<{ n: number }>('SELECT n FROM counter WHERE id = 1');
        if (attempt === 1) await firstAttempts();
        await tx.query('UPDATE counter SET n = $1 WHERE id = 1', [rows[0].n + 1]);
      };
    };
  }

  it('loses no increment when 5 concurrent serializable transactions conflict', async () => {
    const runner = serializableRunner(pool);
    const next = overlappingIncrement(5);
    let retries = 0;
    await Promise.all(
      Array.from({ length: 5 }, () =>
        withSerializableRetry(runner, next(), {
          retries: 30,
          baseDelayMs: 5,
          maxDelayMs: 50,
          onRetry: () => (retries += 1),
        }),
      ),
    );
    const { rows } = await pool.query<{ n: number }>('SELECT n FROM counter WHERE id = 1');
    expect(rows[0].n).toBe(5);
    expect(retries).toBeGreaterThanOrEqual(4);
  });

  it('gives up after the allowed retries with the serialization failure', async () => {
    const runner = serializableRunner(pool);
    const next = overlappingIncrement(2);
    const outcomes = await Promise.allSettled([
      withSerializableRetry(runner, next(), { retries: 0 }),
      withSerializableRetry(runner, next(), { retries: 0 }),
    ]);
    const failures = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(failures).toHaveLength(1);
    expect(isSerializationFailure(failures[0].reason)).toBe(true);
  });

  it('rethrows any other error at once', async () => {
    let calls = 0;
    const runner = serializableRunner(pool);
    await expect(
      withSerializableRetry(runner, async (tx) => {
        calls += 1;
        await tx.query('SELECT * FROM missing_table');
      }),
    ).rejects.toThrow(/missing_table/);
    expect(calls).toBe(1);
  });
});
