import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { SqlClient } from '@lz/persistence';
import { ProblemException } from '../problem/problem.exception';

export const IDEMPOTENCY_SQL_CLIENT = Symbol('IDEMPOTENCY_SQL_CLIENT');

export interface StoredResponse {
  status: number;
  body: unknown;
}

interface Row {
  request_hash: string;
  stale: boolean;
  status: 'IN_PROGRESS' | 'DONE';
  response_status: number | null;
  response_body: unknown;
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
 * Idempotency-Key over the `idempotency_key` table. The first caller inserts IN_PROGRESS and runs
 * `fn`; its response is stored (DONE) and replayed to every later caller with the same key and
 * body. Concurrent duplicates wait until DONE (then replay) or get 409 after `waitMs`. The same key
 * with another body → 422. If `fn` throws, the row is removed so the client may retry.
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
    for (;;) {
      const inserted = await this.sql.$executeRawUnsafe(
        `INSERT INTO "idempotency_key" ("scope", "key", "request_hash") VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
        scope,
        key,
        hash,
      );
      if (inserted === 1) return this.execute(scope, key, fn);

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
      if (row.request_hash !== hash) {
        throw new ProblemException('idempotency.key_reused', {
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
      if (row.status === 'DONE') return { status: row.response_status ?? 200, body: row.response_body };
      if (row.stale) {
        // Left IN_PROGRESS by a process that died: free it (only if still stale) and race for it again.
        await this.sql.$executeRawUnsafe(
          `DELETE FROM "idempotency_key" WHERE "scope" = $1 AND "key" = $2 AND "status" = 'IN_PROGRESS'
             AND "created_at" < now() - make_interval(secs => $3::double precision / 1000)`,
          scope,
          key,
          this.staleAfterMs,
        );
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

  private async execute(
    scope: string,
    key: string,
    fn: () => Promise<StoredResponse>,
  ): Promise<StoredResponse> {
    let response: StoredResponse;
    try {
      response = await fn();
    } catch (err) {
      await this.sql
        .$executeRawUnsafe(
          `DELETE FROM "idempotency_key" WHERE "scope" = $1 AND "key" = $2 AND "status" = 'IN_PROGRESS'`,
          scope,
          key,
        )
        .catch(() => undefined);
      throw err;
    }
    await this.sql.$executeRawUnsafe(
      `UPDATE "idempotency_key" SET "status" = 'DONE', "response_status" = $3, "response_body" = $4::jsonb, "completed_at" = now() WHERE "scope" = $1 AND "key" = $2`,
      scope,
      key,
      response.status,
      JSON.stringify(response.body ?? null),
    );
    return response;
  }
}
