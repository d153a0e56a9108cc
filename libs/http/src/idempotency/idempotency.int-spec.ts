import { AuthModule, issueDevToken, Roles } from '@lz/auth';
import { createTestDatabase, type TestDatabase } from '@lz/test-infra';
import { Controller, Module, Post } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Pool } from 'pg';
import { z } from 'zod';
import {
  createHttpApp,
  HttpKitModule,
  Idempotent,
  IdempotencyModule,
  IdempotencyService,
  idempotentWork,
  StructuredLogger,
  ZodBody,
  type ProblemBody,
} from '../index';
import { applyMigrations, PLATFORM_MIGRATIONS_DIR, pgSqlClient, pgTransactionRunner } from '@lz/persistence';

const executions: string[] = [];
let pool: Pool;

@Controller('orders')
class OrdersController {
  @Post()
  @Roles('applicant')
  @Idempotent({ required: true })
  async create(@ZodBody(z.strictObject({ item: z.string() })) body: { item: string }) {
    executions.push(body.item);
    await new Promise((r) => setTimeout(r, 150)); // hold the key while duplicates arrive
    return { orderNo: executions.length, item: body.item };
  }
}

/** A create whose effect commits, then something after the commit fails (the response is lost). */
@Controller('shipments')
class ShipmentsController {
  @Post()
  @Roles('applicant')
  @Idempotent({ required: true })
  async create(@ZodBody(z.strictObject({ item: z.string() })) body: { item: string }) {
    await pgTransactionRunner(pool).transaction(
      idempotentWork(async (tx) => {
        await tx.$executeRawUnsafe('INSERT INTO shipment (item) VALUES ($1)', body.item);
      }),
    );
    throw new Error('the response was lost after the commit');
  }
}

@Module({
  imports: [
    HttpKitModule.forRoot({ serviceName: 'idem-test' }),
    AuthModule.forRoot(),
    IdempotencyModule.forRoot({ useFactory: () => pgSqlClient(pool), options: { pollMs: 20 } }),
  ],
  controllers: [OrdersController, ShipmentsController],
})
class IdemAppModule {}

describe(IdempotencyService.name, () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let base: string;
  let token: string;

  beforeAll(async () => {
    db = await createTestDatabase('http_idem');
    pool = new Pool({ connectionString: db.url, max: 12 });
    pool.on('error', () => undefined); // an idle client cut by DROP DATABASE … FORCE at teardown
    await applyMigrations({
      databaseUrl: db.url,
      migrationsDir: PLATFORM_MIGRATIONS_DIR,
      log: () => undefined,
    });
    await pool.query('CREATE TABLE shipment (id serial PRIMARY KEY, item text NOT NULL)');
    app = await createHttpApp(IdemAppModule, {
      serviceName: 'idem-test',
      logger: new StructuredLogger('t', [], () => undefined),
    });
    await app.listen(0, '127.0.0.1');
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    token = await issueDevToken({ role: 'applicant' });
  }, 30_000);
  afterAll(async () => {
    await app?.close();
    await pool?.end();
    await db?.drop();
  }, 30_000);

  const order = (key: string | undefined, item: string) =>
    fetch(`${base}/api/v1/orders`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        ...(key ? { 'idempotency-key': key } : {}),
      },
      body: JSON.stringify({ item }),
    });

  it('runs the handler once for 10 concurrent identical requests and replays its response to all', async () => {
    const responses = await Promise.all(Array.from({ length: 10 }, () => order('key-concurrent', 'apple')));
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(executions.filter((e) => e === 'apple')).toHaveLength(1);
    for (const b of bodies) expect(b).toEqual(bodies[0]);
    const rows = await pool.query(
      `SELECT status, response_status FROM idempotency_key WHERE key = 'key-concurrent'`,
    );
    expect(rows.rows).toEqual([{ status: 'DONE', response_status: 201 }]);
  });

  it('replays the stored response to a later retry without running the handler again', async () => {
    const first = await (await order('key-retry', 'pear')).json();
    const again = await order('key-retry', 'pear');
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual(first);
    expect(executions.filter((e) => e === 'pear')).toHaveLength(1);
  });

  it('answers 422 when the same key comes with a different body', async () => {
    await order('key-reuse', 'plum');
    const res = await order('key-reuse', 'fig');
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(((await res.json()) as ProblemBody).errors[0].rule).toBe('idempotency.key_reused');
  });

  it('answers 400 when a required Idempotency-Key is missing', async () => {
    const res = await order(undefined, 'kiwi');
    expect(res.status).toBe(400);
    expect(((await res.json()) as ProblemBody).errors[0].path).toBe('headers.idempotency-key');
  });

  it('releases the key when the operation fails so a retry runs it', async () => {
    const svc = new IdempotencyService(pgSqlClient(pool));
    await expect(
      svc.run('s', 'k-fail', 'h', async () => {
        throw new Error('db down');
      }),
    ).rejects.toThrow('db down');
    const ok = await svc.run('s', 'k-fail', 'h', async () => ({ status: 200, body: { done: true } }));
    expect(ok).toEqual({ status: 200, body: { done: true } });
  });

  it('takes over a key left IN_PROGRESS by a crashed process once it is stale', async () => {
    await pool.query(
      `INSERT INTO idempotency_key (scope, key, request_hash, created_at) VALUES ('s', 'k-stale', 'h', now() - interval '1 hour')`,
    );
    const svc = new IdempotencyService(pgSqlClient(pool), { staleAfterMs: 60_000, waitMs: 2_000 });
    const res = await svc.run('s', 'k-stale', 'h', async () => ({ status: 201, body: { again: true } }));
    expect(res).toEqual({ status: 201, body: { again: true } });
  });

  it('answers 409 while a fresh IN_PROGRESS row does not finish in time', async () => {
    await pool.query(`INSERT INTO idempotency_key (scope, key, request_hash) VALUES ('s', 'k-busy', 'h')`);
    const svc = new IdempotencyService(pgSqlClient(pool), { waitMs: 100, pollMs: 20 });
    const err = await svc
      .run('s', 'k-busy', 'h', async () => ({ status: 200, body: null }))
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ problem: { status: 409, type: 'urn:lz:problem:idempotency.in_progress' } });
  });

  // Raw effects: rows of `shipment`. Checked to fail when the mechanism is removed: with
  // `idempotentWork` returning `fn` unmarked, the failure frees the key and the retry inserts a
  // second row (shipments=2).
  it('keeps the key of a request that failed after its effect committed: a retry does not run it again', async () => {
    const post = (key: string) =>
      fetch(`${base}/api/v1/shipments`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          'idempotency-key': key,
        },
        body: JSON.stringify({ item: 'crate' }),
      });
    const first = await post('key-after-commit');
    const retries = await Promise.all([post('key-after-commit'), post('key-after-commit')]);
    const again = await post('key-after-commit');
    const { rows } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM shipment WHERE item = 'crate'`,
    );
    const key = await pool.query(
      `SELECT status, response_status FROM idempotency_key WHERE key = 'key-after-commit'`,
    );
    console.log(
      `post-commit failure, then 3 retries with the same key: shipments=${rows[0].n} ` +
        `statuses=${[first, ...retries, again].map((r) => r.status).join(',')} key=${JSON.stringify(key.rows[0])}`,
    );
    expect(rows[0].n).toBe(1);
    expect(first.status).toBe(500);
    expect([...retries, again].map((r) => r.status)).toEqual([500, 500, 500]);
    expect(key.rows).toEqual([{ status: 'DONE', response_status: 500 }]);
  });

  // Raw effects: rows of `shipment`. Checked to fail when the owner token is removed (the COMMITTED
  // mark matching on scope and key only): the slow original commits too (shipments=2).
  it('lets no slow original commit after a retry took its stale key over', async () => {
    const svc = new IdempotencyService(pgSqlClient(pool), {
      staleAfterMs: 60_000,
      waitMs: 5_000,
      pollMs: 20,
    });
    const runner = pgTransactionRunner(pool);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const insert = (item: string) =>
      runner.transaction(
        idempotentWork(async (tx) => {
          await tx.$executeRawUnsafe('INSERT INTO shipment (item) VALUES ($1)', item);
        }),
      );
    const original = svc
      .run('s', 'k-slow', 'h', async () => {
        await held; // stuck long enough to be presumed dead
        await insert('slow-original');
        return { status: 201, body: { by: 'original' } };
      })
      .catch((e: unknown) => e);
    await waitForRow('k-slow');
    await pool.query(
      `UPDATE idempotency_key SET created_at = now() - interval '1 hour' WHERE key = 'k-slow'`,
    );
    let lost: unknown;
    const successor = await svc.run('s', 'k-slow', 'h', async () => {
      await insert('successor');
      // The original wakes up and commits while its successor, which has committed, still runs.
      release();
      lost = await original;
      return { status: 201, body: { by: 'successor' } };
    });
    const replay = await svc.run('s', 'k-slow', 'h', async () => ({ status: 201, body: { by: 'third' } }));
    const { rows } = await pool.query<{ item: string }>(
      `SELECT item FROM shipment WHERE item IN ('slow-original', 'successor') ORDER BY id`,
    );
    console.log(
      `stale key taken over while its original was stuck: shipments=${rows.map((r) => r.item).join(',')} ` +
        `original=${(lost as { problem?: { type: string } }).problem?.type ?? String(lost)} replay=${JSON.stringify(replay.body)}`,
    );
    expect(successor.body).toEqual({ by: 'successor' });
    expect(rows.map((r) => r.item)).toEqual(['successor']);
    expect(lost).toMatchObject({ problem: { status: 409, type: 'urn:lz:problem:idempotency.superseded' } });
    expect(replay.body).toEqual({ by: 'successor' });
  });

  async function waitForRow(key: string): Promise<void> {
    for (let i = 0; i < 500; i++) {
      const { rowCount } = await pool.query('SELECT 1 FROM idempotency_key WHERE key = $1', [key]);
      if (rowCount) return;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`no idempotency row for ${key}`);
  }
});
