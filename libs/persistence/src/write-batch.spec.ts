import { afterCommit, runWithAfterCommit } from './after-commit';
import type { SqlClient } from './sql-client';
import { writeBatch } from './write-batch';

/** A SqlClient that records what it is sent and answers the batch's one row. */
function recorder(answer: Record<string, unknown>) {
  const sent: Array<{ query: string; values: unknown[] }> = [];
  const tx: SqlClient = {
    $executeRawUnsafe: async (query, ...values) => {
      sent.push({ query, values });
      return 1;
    },
    $queryRawUnsafe: async <T>(query: string, ...values: unknown[]) => {
      sent.push({ query, values });
      return [answer] as T;
    },
  };
  return { tx, sent };
}

const inTransaction = <T>(tx: object, fn: (t: SqlClient) => Promise<T>) =>
  runWithAfterCommit<SqlClient, T>((body) => body(tx as SqlClient), fn);

describe(writeBatch.name, () => {
  it('sends the queued writes as one statement, placeholders renumbered, and hands each its result', async () => {
    const { tx, sent } = recorder({ r0: 1, r1: [{ seq: '7' }] });
    const [count, rows] = await inTransaction(tx, async (t) => {
      const batch = writeBatch(t);
      const out = await Promise.all([
        batch.$executeRawUnsafe('INSERT INTO a (x, y) VALUES ($1, $2)', 'x', 'y'),
        batch.$queryRawUnsafe('INSERT INTO b (z) VALUES ($1::int) RETURNING seq::text AS seq', 3),
        batch.flush(),
      ]);
      return [out[0], out[1]];
    });
    expect(sent).toEqual([
      {
        query:
          'WITH w0 AS (INSERT INTO a (x, y) VALUES ($1, $2) RETURNING 1), ' +
          'w1 AS (INSERT INTO b (z) VALUES ($3::int) RETURNING seq::text AS seq) ' +
          "SELECT (SELECT count(*)::int FROM w0) AS r0, (SELECT coalesce(json_agg(to_jsonb(w1)), '[]'::json) FROM w1) AS r1",
        values: ['x', 'y', 3],
      },
    ]);
    expect(count).toBe(1);
    expect(rows).toEqual([{ seq: '7' }]);
  });

  it('runs a read alone after flushing the writes queued before it', async () => {
    const { tx, sent } = recorder({ r0: 1 });
    await inTransaction(tx, async (t) => {
      const batch = writeBatch(t);
      const write = batch.$executeRawUnsafe('UPDATE a SET x = $1', 1);
      await batch.$queryRawUnsafe('SELECT x FROM a WHERE y = $1', 2);
      await write;
    });
    expect(sent.map((s) => s.query)).toEqual([
      'WITH w0 AS (UPDATE a SET x = $1 RETURNING 1) SELECT (SELECT count(*)::int FROM w0) AS r0',
      'SELECT x FROM a WHERE y = $1',
    ]);
  });

  it('fails every queued write when the statement fails, and belongs to the transaction of its client', async () => {
    const tx: SqlClient = {
      $executeRawUnsafe: () => Promise.reject(new Error('unused')),
      $queryRawUnsafe: () => Promise.reject(new Error('duplicate key')),
    };
    const log: string[] = [];
    await expect(
      inTransaction(tx, async (t) => {
        const batch = writeBatch(t);
        afterCommit(batch, () => void log.push('hook'));
        await Promise.all([
          batch.$executeRawUnsafe('INSERT INTO a VALUES ($1)', 1),
          batch.$executeRawUnsafe('INSERT INTO b VALUES ($1)', 2),
          batch.flush(),
        ]);
      }),
    ).rejects.toThrow('duplicate key');
    expect(log).toEqual([]); // rolled back: the hook registered on the batch is dropped with it
    expect(() => writeBatch({} as SqlClient)).toThrow(/not an open transaction/);
  });
});
