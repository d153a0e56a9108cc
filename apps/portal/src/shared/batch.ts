import { newIdempotencyKey } from '../api/http';

/** What became of one item of a batch: its answer, or the error it was refused with. */
export type BatchOutcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

/**
 * The Idempotency-Key of each item of a batch: one per item and attempt, so a double click or a
 * retry after a lost answer is one decision per item; a refused item gets a new key for the next try.
 */
export class BatchKeys {
  private readonly keys = new Map<string, string>();

  constructor(private readonly make: () => string = newIdempotencyKey) {}

  of(id: string): string {
    let key = this.keys.get(id);
    if (!key) {
      key = this.make();
      this.keys.set(id, key);
    }
    return key;
  }

  /** After a refusal: the next attempt is a new request. */
  renew(id: string): void {
    this.keys.delete(id);
  }
}

/**
 * Sends one request per item, at most `concurrency` at a time, and answers every item's outcome in
 * the order given: a refused item never stops the others (the server decides each on its own).
 */
export async function runBatch<R>(
  ids: readonly string[],
  send: (id: string) => Promise<R>,
  {
    concurrency = 2,
    onSettled,
  }: { concurrency?: number; onSettled?: (id: string, o: BatchOutcome<R>) => void } = {},
): Promise<Map<string, BatchOutcome<R>>> {
  const out = new Map<string, BatchOutcome<R>>();
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const id = ids[next++] as string;
      let outcome: BatchOutcome<R>;
      try {
        outcome = { ok: true, value: await send(id) };
      } catch (error) {
        outcome = { ok: false, error };
      }
      out.set(id, outcome);
      onSettled?.(id, outcome);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, ids.length)) }, worker));
  return new Map(ids.filter((id) => out.has(id)).map((id) => [id, out.get(id) as BatchOutcome<R>]));
}
