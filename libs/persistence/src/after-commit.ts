/**
 * The after-commit hook of a transaction: the one place where work that must follow a state change
 * — wake the outbox relay, add a deadline's delayed job — is attached to it. Every
 * {@link TransactionRunner} of this lib (and the services' Prisma wrapper in libs/platform) opens
 * the transaction through {@link runWithAfterCommit}; writers register on the `tx` they were handed
 * with {@link afterCommit}. Hooks run once the transaction committed, in registration order, before
 * `transaction()` resolves; a rolled-back transaction drops them.
 *
 * A hook must not depend on succeeding: the state is committed whatever it does (the relay also
 * polls, the deadline reconciler repairs a lost job). A hook that throws is reported as a process
 * warning and the remaining hooks still run.
 */
export type AfterCommitHook = () => void | Promise<void>;

interface HookList {
  hooks: AfterCommitHook[];
  keys: Set<string>;
  /** Set when the transaction ended: a client that stands for it (sameTransaction) takes no more hooks. */
  ended: boolean;
}

const open = new WeakMap<object, HookList>();

/**
 * Runs `hook` after the transaction of `tx` commits. With a `key`, a second registration under the
 * same key in the same transaction is ignored (one relay nudge for a transaction that writes 100
 * events). Throws when `tx` is not an open transaction of a hook-aware runner — an effect that was
 * meant to follow the commit must not be lost silently.
 */
export function afterCommit(tx: object, hook: AfterCommitHook, key?: string): void {
  const list = open.get(tx);
  if (!list || list.ended) {
    throw new Error(
      'afterCommit: this client is not an open transaction of a TransactionRunner from @lz/persistence ' +
        '(prismaTransactionRunner, pgTransactionRunner, or the service PrismaService.transaction): ' +
        'open the transaction through one of them, and register before it ends.',
    );
  }
  if (key !== undefined) {
    if (list.keys.has(key)) return;
    list.keys.add(key);
  }
  list.hooks.push(hook);
}

/** Whether `tx` is an open transaction that takes after-commit hooks. */
export function acceptsAfterCommit(tx: object): boolean {
  return open.get(tx)?.ended === false;
}

/**
 * Makes `client` — a wrapper that sends its statements through `tx` (e.g. {@link writeBatch}) — stand
 * for the same transaction: hooks registered on it run after `tx` commits. Throws like
 * {@link afterCommit} when `tx` is not an open transaction.
 */
export function sameTransaction(tx: object, client: object): void {
  const list = open.get(tx);
  if (!list || list.ended) afterCommit(tx, () => undefined); // throws the explanation
  open.set(client, list as HookList);
}

/**
 * For TransactionRunner implementations: `begin(body)` opens a transaction and runs `body(tx)` in it
 * (Prisma's `$transaction`, a BEGIN/COMMIT on a pooled client). The hooks registered on `tx` run
 * after `begin` resolved, i.e. after the commit.
 */
export async function runWithAfterCommit<Tx, T>(
  begin: (body: (tx: Tx) => Promise<T>) => Promise<T>,
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  let list: HookList | undefined;
  let txKey: object | undefined;
  try {
    const result = await begin(async (tx) => {
      txKey = tx as object;
      list = { hooks: [], keys: new Set(), ended: false };
      open.set(txKey, list);
      return fn(tx);
    });
    if (list) list.ended = true;
    if (txKey) open.delete(txKey);
    for (const hook of list?.hooks ?? []) {
      try {
        await hook();
      } catch (err) {
        process.emitWarning(
          `after-commit hook failed (the transaction is committed): ${err instanceof Error ? err.message : String(err)}`,
          'AfterCommitWarning',
        );
      }
    }
    return result;
  } finally {
    if (list) list.ended = true;
    if (txKey) open.delete(txKey);
  }
}
