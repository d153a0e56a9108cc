import { sameTransaction } from './after-commit';
import type { SqlClient } from './sql-client';

interface Pending {
  text: string;
  values: unknown[];
  returning: boolean;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

/** A client whose INSERT/UPDATE/DELETE statements go to the database together, in one round trip. */
export interface WriteBatch extends SqlClient {
  /** Sends the statements queued so far as one statement; resolves once each caller has its result. */
  flush(): Promise<void>;
}

const WRITE = /^\s*(INSERT|UPDATE|DELETE)\b/i;
const RETURNING = /\bRETURNING\b/i;
const PLACEHOLDER = /\$(\d+)/g;

/**
 * Independent writes of one transaction in one round trip. Each INSERT/UPDATE/DELETE handed to the
 * batch (by any writer that takes a {@link SqlClient}: the outbox writer, the audit trail, a
 * repository) is queued; `flush()` sends them as the data-modifying CTEs of one statement
 * (`WITH w0 AS (…), w1 AS (…) SELECT …`), renumbering their `$n` placeholders, and resolves each
 * queued call with what it would have got alone: the row count (`$executeRawUnsafe`) or the
 * `RETURNING` rows (`$queryRawUnsafe`, decoded from JSON: cast non-JSON types to text in RETURNING).
 * Any other statement flushes the batch first and then runs alone.
 *
 * What one statement means (PostgreSQL "Data-Modifying Statements in WITH"): all writes see the
 * snapshot of the statement's start and not each other's rows, none may change a row another one
 * changes, and they succeed or fail together (in the transaction of `tx`). So batch only writes that
 * do not depend on each other's effects; foreign keys between them are fine (checked at the end).
 * Placeholders must be plain `$n` outside string literals. After-commit hooks registered on the
 * batch belong to the transaction of `tx`.
 *
 * Usage: start the writes without awaiting them one by one, then flush:
 * `const [a, b] = await Promise.all([writerA(batch), writerB(batch), batch.flush()])`. A queued call
 * resolves only when a flush sends it: a writer that awaits something else before its statement
 * misses that flush, so such writers do not belong in a batch.
 */
export function writeBatch(tx: SqlClient): WriteBatch {
  let queue: Pending[] = [];
  const enqueue = (text: string, values: unknown[], wantRows: boolean): Promise<unknown> =>
    new Promise((resolve, reject) => {
      queue.push({ text, values, returning: wantRows, resolve, reject });
    });

  const flush = async (): Promise<void> => {
    // Let writers that were started together reach their statement (one await each) first.
    await Promise.resolve();
    const batch = queue;
    queue = [];
    if (batch.length === 0) return;
    const values: unknown[] = [];
    const ctes: string[] = [];
    const results: string[] = [];
    batch.forEach((p, i) => {
      const offset = values.length;
      values.push(...p.values);
      const text = p.text
        .trim()
        .replace(/;\s*$/, '')
        .replace(PLACEHOLDER, (_, n: string) => `$${Number(n) + offset}`);
      const returns = RETURNING.test(text);
      ctes.push(`w${i} AS (${returns ? text : `${text} RETURNING 1`})`);
      results.push(
        p.returning
          ? `(SELECT coalesce(json_agg(to_jsonb(w${i})), '[]'::json) FROM w${i}) AS r${i}`
          : `(SELECT count(*)::int FROM w${i}) AS r${i}`,
      );
    });
    try {
      const [row] = await tx.$queryRawUnsafe<Array<Record<string, unknown>>>(
        `WITH ${ctes.join(', ')} SELECT ${results.join(', ')}`,
        ...values,
      );
      batch.forEach((p, i) => p.resolve(row?.[`r${i}`]));
    } catch (err) {
      batch.forEach((p) => p.reject(err));
      throw err;
    }
  };

  const client: WriteBatch = {
    async $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number> {
      if (WRITE.test(query)) return enqueue(query, values, false) as Promise<number>;
      await flush();
      return tx.$executeRawUnsafe(query, ...values);
    },
    async $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T> {
      if (WRITE.test(query) && RETURNING.test(query)) return enqueue(query, values, true) as Promise<T>;
      await flush();
      return tx.$queryRawUnsafe<T>(query, ...values);
    },
    flush,
  };
  sameTransaction(tx, client);
  return client;
}
