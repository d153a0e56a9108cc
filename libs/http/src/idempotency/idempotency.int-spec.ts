import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  StructuredLogger,
  ZodBody,
  type ProblemBody,
} from '../index';
import { pgSqlClient } from '@lz/persistence';

const MIGRATION = join(
  __dirname,
  '../../../persistence/prisma/migrations/20261127000000_platform_tables/migration.sql',
);

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

@Module({
  imports: [
    HttpKitModule.forRoot({ serviceName: 'idem-test' }),
    AuthModule.forRoot(),
    IdempotencyModule.forRoot({ useFactory: () => pgSqlClient(pool), options: { pollMs: 20 } }),
  ],
  controllers: [OrdersController],
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
    await pool.query(readFileSync(MIGRATION, 'utf8'));
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
});
