import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { afterCommit, type SqlClient } from '@lz/persistence';
import { ProblemException } from '../problem/problem.exception';
import { toProblem } from '../problem/problem.mapper';

export const IDEMPOTENCY_SQL_CLIENT = Symbol('IDEMPOTENCY_SQL_CLIENT');

export interface StoredResponse {
  status: number;
  body: unknown;
}

interface Row {
  request_hash: string;
  stale: boolean;
  status: 'IN_PROGRESS' | 'COMMITTED' | 'DONE';
  response_status: number | null;
  response_body: unknown;
}

/** The key a request holds while it runs: who holds it (`token`) decides who may commit under it. */
export interface IdempotencyClaim {
  scope: string;
  key: string;
  token: string;
}

const claims = new AsyncLocalStorage<IdempotencyClaim>();

/**
 * The Idempotency-Key of a request whose whole effect is one transaction
 * (`@Idempotent({ oneTransaction: true })`): claimed as that transaction's first statement, answered
 * (DONE, with the transaction's result as the stored response) in it, so key, effect and answer
 * commit together and a crash leaves nothing behind.
 */
interface TransactionalKey extends IdempotencyClaim {
  hash: string;
  /** The HTTP status the route answers with. */
  status: number;
  /** Set once a transaction of this request completed the key (a second one is a programming error). */
  completed: boolean;
  /** Set by {@link completeIdempotentRequest}: the transaction wrote the answer itself. */
  answered: boolean;
}

const transactionalKeys = new AsyncLocalStorage<TransactionalKey>();

/** Thrown out of a one-transaction request whose key was already answered: the stored answer. */
export class IdempotentReplay extends Error {
  constructor(readonly stored: StoredResponse) {
    super('Idempotency-Key already answered: replaying the stored response');
  }
}

/** Thrown out of a one-transaction request whose key is held the classic way: run it that way. */
export class IdempotencyFallback extends Error {
  constructor() {
    super('Idempotency-Key held by a request in progress: falling back to waiting for it');
  }
}

/**
 * The body of a request's transaction, marked: run as is when no Idempotency-Key is held; with
 * {@link markIdempotencyCommitted} as its last statement when one is (classic mode); in
 * one-transaction mode with the key's claim as its first statement and its answer as its last.
 * Transaction runners of request work wrap every transaction with it (libs/platform's
 * ServicePrismaClient does).
 */
export function idempotentWork<Tx, T>(fn: (tx: Tx) => Promise<T>): (tx: Tx) => Promise<T> {
  const oneTx = transactionalKeys.getStore();
  if (oneTx) return (tx: Tx) => inOneTransaction(oneTx, tx as unknown as SqlClient, () => fn(tx));
  if (!claims.getStore()) return fn;
  return async (tx: Tx) => {
    const result = await fn(tx);
    await markIdempotencyCommitted(tx as unknown as SqlClient);
    return result;
  };
}

const COMPLETE_SQL = `UPDATE "idempotency_key" SET "status" = 'DONE', "response_status" = $4, "response_body" = $5::jsonb, "completed_at" = now()
        WHERE "scope" = $1 AND "key" = $2 AND "owner_token" = $3::uuid`;

async function inOneTransaction<T>(k: TransactionalKey, tx: SqlClient, fn: () => Promise<T>): Promise<T> {
  if (k.completed) {
    throw new Error(
      '@Idempotent({ oneTransaction: true }): this request already committed its one transaction',
    );
  }
  // Waits for a concurrent transaction that inserted the same key; sees it once that one committed.
  const claimed = await tx.$executeRawUnsafe(
    `INSERT INTO "idempotency_key" ("scope", "key", "request_hash", "owner_token", "status")
     VALUES ($1, $2, $3, $4::uuid, 'COMMITTED') ON CONFLICT DO NOTHING`,
    k.scope,
    k.key,
    k.hash,
    k.token,
  );
  if (claimed !== 1) {
    const [row] = await tx.$queryRawUnsafe<Row[]>(
      `SELECT "request_hash", "status", "response_status", "response_body", false AS "stale"
         FROM "idempotency_key" WHERE "scope" = $1 AND "key" = $2`,
      k.scope,
      k.key,
    );
    if (row && row.request_hash !== k.hash) throw keyReused();
    if (row?.status === 'DONE') {
      throw new IdempotentReplay({ status: row.response_status ?? k.status, body: row.response_body });
    }
    throw new IdempotencyFallback();
  }
  k.answered = false;
  const result = await fn();
  if (!k.answered) {
    await tx.$executeRawUnsafe(
      COMPLETE_SQL,
      k.scope,
      k.key,
      k.token,
      k.status,
      JSON.stringify(result ?? null),
    );
  }
  afterCommit(tx, () => {
    k.completed = true;
  });
  return result;
}

/**
 * In a one-transaction request: writes the answer (`body`, with the route's status) in the
 * transaction `tx` (or a write batch of it, to save the round trip), instead of the runner doing it
 * after the transaction's body returned. `body` must be what the transaction returns. Does nothing
 * outside such a request.
 */
export function completeIdempotentRequest(tx: SqlClient, body: unknown): Promise<number> {
  const k = transactionalKeys.getStore();
  if (!k) return Promise.resolve(0);
  k.answered = true;
  return tx.$executeRawUnsafe(COMPLETE_SQL, k.scope, k.key, k.token, k.status, JSON.stringify(body ?? null));
}

function keyReused(): ProblemException {
  return new ProblemException('idempotency.key_reused', {
    detail: 'This Idempotency-Key was already used with a different request body',
    errors: [
      {
        rule: 'idempotency.key_reused',
        path: 'headers.idempotency-key',
        message: 'Use a new Idempotency-Key for a different request',
        messageZh: '不同的请求须使用新的幂等键',
      },
    ],
  });
}

/** The Idempotency-Key held by the request running in this async context, if any. */
export function currentIdempotencyClaim(): IdempotencyClaim | undefined {
  return claims.getStore();
}

/**
 * Called by the service's transaction runner as the last statement of every transaction of a request
 * that holds an Idempotency-Key (libs/platform does it). A transaction that wrote anything marks the
 * key COMMITTED in the same transaction, so the effect and the mark commit together: from then on no
 * failure frees the key for a second execution. If a retry has taken the key over meanwhile (this
 * request was presumed dead), the owner token no longer matches and the transaction is rolled back,
 * so a slow original can never commit after, or over, its successor.
 */
export async function markIdempotencyCommitted(tx: SqlClient): Promise<void> {
  const claim = claims.getStore();
  if (!claim) return;
  // A read-only transaction has no transaction id yet: nothing to protect.
  const [state] = await tx.$queryRawUnsafe<Array<{ wrote: boolean }>>(
    'SELECT txid_current_if_assigned() IS NOT NULL AS "wrote"',
  );
  if (!state?.wrote) return;
  const marked = await tx.$executeRawUnsafe(
    `UPDATE "idempotency_key" SET "status" = 'COMMITTED'
      WHERE "scope" = $1 AND "key" = $2 AND "owner_token" = $3::uuid AND "status" IN ('IN_PROGRESS', 'COMMITTED')`,
    claim.scope,
    claim.key,
    claim.token,
  );
  if (marked !== 1) {
    throw new ProblemException('idempotency.superseded', {
      detail:
        'A retry with this Idempotency-Key took the request over while it was running; this attempt changed nothing',
    });
  }
}

export interface IdempotencyOptions {
  /** How long a duplicate waits for the first call to finish before answering 409 (default 15 s). */
  waitMs?: number;
  pollMs?: number;
  /**
   * An IN_PROGRESS row older than this was left by a crashed process and is taken over (default 60 s:
   * far above a request's longest life — its transaction times out after 15 s at most).
   */
  staleAfterMs?: number;
}

const KEY_PATTERN = /^[A-Za-z0-9._:-]{1,200}$/;

/** A stable hash of a request body (key order does not matter). */
export function requestHash(value: unknown): string {
  const canon = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(canon);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, canon((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return createHash('sha256')
    .update(JSON.stringify(canon(value ?? null)))
    .digest('hex');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Idempotency-Key over the `idempotency_key` table. The first caller inserts IN_PROGRESS with its
 * owner token and runs `fn`; its response is stored (DONE) and replayed to every later caller with
 * the same key and body. Concurrent duplicates wait until DONE (then replay) or get 409 after
 * `waitMs`. The same key with another body → 422.
 *
 * If `fn` throws before anything committed, the row is removed so the client may retry. If it throws
 * after one of its transactions committed (the key is COMMITTED, see {@link markIdempotencyCommitted}),
 * the key is not freed: the error is stored as the response and replayed, as Stripe does — the effect
 * happened once and never twice. A key left IN_PROGRESS by a process that died is taken over after
 * `staleAfterMs` under a new owner token; one left COMMITTED without a response answers 409
 * `idempotency.outcome_lost` (it was carried out; read the resource).
 */
@Injectable()
export class IdempotencyService {
  private readonly waitMs: number;
  private readonly pollMs: number;
  private readonly staleAfterMs: number;

  constructor(
    @Inject(IDEMPOTENCY_SQL_CLIENT) private readonly sql: SqlClient,
    options: IdempotencyOptions = {},
  ) {
    this.waitMs = options.waitMs ?? 15_000;
    this.pollMs = options.pollMs ?? 50;
    this.staleAfterMs = options.staleAfterMs ?? 60_000;
  }

  static assertKey(key: string): void {
    if (!KEY_PATTERN.test(key)) {
      throw new ProblemException('input.invalid', {
        detail: 'Idempotency-Key must be 1–200 characters of letters, digits, . _ : -',
        errors: [
          {
            rule: 'input.idempotency_key',
            path: 'headers.idempotency-key',
            message: 'Idempotency-Key must be 1–200 characters of letters, digits, . _ : -',
            messageZh: 'Idempotency-Key 须为 1–200 个字母、数字或 . _ : -',
          },
        ],
      });
    }
  }

  async run(
    scope: string,
    key: string,
    hash: string,
    fn: () => Promise<StoredResponse>,
  ): Promise<StoredResponse> {
    IdempotencyService.assertKey(key);
    const deadline = Date.now() + this.waitMs;
    const token = randomUUID();
    for (;;) {
      const inserted = await this.sql.$executeRawUnsafe(
        `INSERT INTO "idempotency_key" ("scope", "key", "request_hash", "owner_token")
         VALUES ($1, $2, $3, $4::uuid) ON CONFLICT DO NOTHING`,
        scope,
        key,
        hash,
        token,
      );
      if (inserted === 1) return this.execute({ scope, key, token }, fn);

      const rows = await this.sql.$queryRawUnsafe<Row[]>(
        `SELECT "request_hash", "status", "response_status", "response_body",
                "created_at" < now() - make_interval(secs => $3::double precision / 1000) AS "stale"
           FROM "idempotency_key" WHERE "scope" = $1 AND "key" = $2`,
        scope,
        key,
        this.staleAfterMs,
      );
      const row = rows[0];
      if (!row) continue; // the first caller failed and released the key: try to take it
      if (row.request_hash !== hash) throw keyReused();
      if (row.status === 'DONE') return { status: row.response_status ?? 200, body: row.response_body };
      if (row.stale && row.status === 'COMMITTED') {
        throw new ProblemException('idempotency.outcome_lost', {
          detail:
            'The request with this Idempotency-Key was carried out once, but the server stopped before it could answer; read the resource instead of retrying',
        });
      }
      if (row.stale) {
        // Left IN_PROGRESS by a process that died: take it over under our own token (only if it is
        // still stale and in progress), so the old owner can neither commit nor answer under it.
        const taken = await this.sql.$executeRawUnsafe(
          `UPDATE "idempotency_key" SET "owner_token" = $4::uuid, "created_at" = now()
            WHERE "scope" = $1 AND "key" = $2 AND "status" = 'IN_PROGRESS'
              AND "created_at" < now() - make_interval(secs => $3::double precision / 1000)`,
          scope,
          key,
          this.staleAfterMs,
          token,
        );
        if (taken === 1) return this.execute({ scope, key, token }, fn);
        continue;
      }
      if (Date.now() >= deadline) {
        throw new ProblemException('idempotency.in_progress', {
          detail: 'A request with this Idempotency-Key is still being processed; retry later',
        });
      }
      await sleep(this.pollMs);
    }
  }

  /**
   * One-transaction mode (`@Idempotent({ oneTransaction: true })`) for a route whose whole effect is
   * one transaction of the request's runner and whose answer is that transaction's result: the runner
   * claims the key as the transaction's first statement (a concurrent duplicate waits on the key's
   * row lock, then replays) and writes the answer before the commit — no statement outside the
   * transaction, and a transaction that fails or a process that dies frees the key with the rollback.
   * A key held the classic way (IN_PROGRESS, by another instance) falls back to {@link run}.
   */
  async runInOneTransaction(
    scope: string,
    key: string,
    hash: string,
    status: number,
    fn: () => Promise<unknown>,
  ): Promise<StoredResponse> {
    IdempotencyService.assertKey(key);
    const k: TransactionalKey = {
      scope,
      key,
      hash,
      status,
      token: randomUUID(),
      completed: false,
      answered: false,
    };
    try {
      return { status, body: await transactionalKeys.run(k, fn) };
    } catch (err) {
      if (err instanceof IdempotentReplay) return err.stored;
      if (err instanceof IdempotencyFallback)
        return this.run(scope, key, hash, async () => ({ status, body: await fn() }));
      throw err;
    }
  }

  private async execute(claim: IdempotencyClaim, fn: () => Promise<StoredResponse>): Promise<StoredResponse> {
    let response: StoredResponse;
    try {
      response = await claims.run(claim, fn);
    } catch (err) {
      // Nothing committed: free the key for a retry. Something committed: keep it, answer with this
      // error from now on (the DELETE matches only our own IN_PROGRESS row).
      const freed = await this.sql
        .$executeRawUnsafe(
          `DELETE FROM "idempotency_key" WHERE "scope" = $1 AND "key" = $2 AND "owner_token" = $3::uuid AND "status" = 'IN_PROGRESS'`,
          claim.scope,
          claim.key,
          claim.token,
        )
        .catch(() => 0);
      if (freed === 0) {
        const { body } = toProblem(err);
        await this.complete(claim, { status: body.status, body }).catch(() => undefined);
      }
      throw err;
    }
    await this.complete(claim, response);
    return response;
  }

  /** Stores the answer, if the key is still ours (a successor that took it over answers itself). */
  private async complete(claim: IdempotencyClaim, response: StoredResponse): Promise<void> {
    await this.sql.$executeRawUnsafe(
      `UPDATE "idempotency_key" SET "status" = 'DONE', "response_status" = $4, "response_body" = $5::jsonb, "completed_at" = now()
        WHERE "scope" = $1 AND "key" = $2 AND "owner_token" = $3::uuid`,
      claim.scope,
      claim.key,
      claim.token,
      response.status,
      JSON.stringify(response.body ?? null),
    );
  }
}
