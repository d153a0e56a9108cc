import { Test } from '@nestjs/testing';
import { Client, Pool, type PoolClient } from 'pg';
import {
  applyMigrations,
  ensureServiceRole,
  pgSqlClient,
  pgTransactionRunner,
  PLATFORM_MIGRATIONS_DIR,
  type SqlClient,
} from '@lz/persistence';
import { createTestDatabase, runId, type TestDatabase } from '@lz/test-infra';
import { AuditChainModule } from './audit-chain.module';
import { chainAllPendingAudit, chainPendingAudit, newChainWatermark } from './audit-chainer';
import { AuditChainer } from './audit-chainer.service';
import { AuditLog, type AuditEntry } from './audit-log';
import { verifyAuditChain } from './verify-audit-chain';

const entry = (i: number): AuditEntry => ({
  actor: `user-${i % 7}`,
  role: 'officer',
  action: 'notice.published',
  objectType: 'notice',
  objectId: `n-${i}`,
  ip: '10.0.0.1',
  outcome: 'SUCCESS',
  detail: { i, note: '公示', nested: { z: 1, a: [i] } },
});

describe('AuditLog', () => {
  let db: TestDatabase;
  let pool: Pool;
  const sql = (): SqlClient => pgSqlClient(pool);
  const chainAll = (): Promise<number> => chainAllPendingAudit(pgTransactionRunner(pool));

  async function inTransaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
    return pgTransactionRunner(pool).transaction(fn);
  }

  /** Opens a transaction that stays open until the caller commits or rolls back. */
  async function openTransaction(): Promise<{
    tx: SqlClient;
    client: PoolClient;
    end(sql: string): Promise<void>;
  }> {
    const client = await pool.connect();
    await client.query('BEGIN');
    // A lock wait (the old advisory lock) fails fast instead of hanging the test.
    await client.query(`SET LOCAL lock_timeout = '2s'`);
    return {
      tx: pgSqlClient(client),
      client,
      async end(statement: string) {
        await client.query(statement);
        client.release();
      },
    };
  }

  /** As the superuser, with the tables' triggers (ALL: also the foreign key's) disabled. */
  async function tamper(statement: string): Promise<void> {
    const c = new Client({ connectionString: db.url });
    await c.connect();
    try {
      await c.query('BEGIN');
      await c.query('ALTER TABLE audit_log DISABLE TRIGGER ALL');
      await c.query('ALTER TABLE audit_chain DISABLE TRIGGER ALL');
      await c.query(statement);
      await c.query('ALTER TABLE audit_log ENABLE TRIGGER ALL');
      await c.query('ALTER TABLE audit_chain ENABLE TRIGGER ALL');
      await c.query('COMMIT');
    } finally {
      await c.end();
    }
  }

  async function appendMany(n: number, from = 1): Promise<void> {
    for (let i = from; i < from + n; i++) await inTransaction((tx) => AuditLog.append(tx, entry(i)));
  }

  async function chainOrder(): Promise<string[]> {
    const rows = await sql().$queryRawUnsafe<{ audit_seq: string }[]>(
      'SELECT audit_seq::text AS audit_seq FROM audit_chain ORDER BY position',
    );
    return rows.map((r) => r.audit_seq);
  }

  async function count(table: 'audit_log' | 'audit_chain'): Promise<number> {
    const rows = await sql().$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`);
    return rows[0].n;
  }

  beforeEach(async () => {
    db = await createTestDatabase('audit');
    await applyMigrations({ databaseUrl: db.url, migrationsDir: PLATFORM_MIGRATIONS_DIR });
    pool = new Pool({ connectionString: db.url, max: 14 });
    // Idle clients may see the FORCE drop of the database at teardown; that is not a test failure.
    pool.on('error', () => undefined);
  });
  afterEach(async () => {
    await pool.end();
    await db.drop();
  });

  it('appends 200 rows from 10 transactions open at the same time, then chains all 200', async () => {
    const open = await Promise.all(Array.from({ length: 10 }, () => openTransaction()));
    // Every transaction appends while all ten are open: any serialisation would wait for a commit
    // that never comes before lock_timeout.
    for (let k = 0; k < 20; k++) {
      await Promise.all(open.map((t, caller) => AuditLog.append(t.tx, entry(caller * 100 + k))));
    }
    await Promise.all(open.map((t) => t.end('COMMIT')));
    expect(await verifyAuditChain(sql())).toMatchObject({ ok: true, rows: 200, chained: 0, unchained: 200 });
    expect(await chainAll()).toBe(200);
    const verdict = await verifyAuditChain(sql());
    console.log(`concurrent appends: ${JSON.stringify(verdict)}`);
    expect(verdict).toMatchObject({
      ok: true,
      rows: 200,
      chained: 200,
      unchained: 0,
      lastSeq: '200',
      lastPosition: '200',
    });
  });

  it('writes neither an audit row nor a chain row when the caller rolls back', async () => {
    await appendMany(2);
    await expect(
      inTransaction(async (tx) => {
        await AuditLog.append(tx, entry(3));
        throw new Error('state change failed');
      }),
    ).rejects.toThrow('state change failed');
    await appendMany(1, 4);
    expect(await chainAll()).toBe(2 + 1);
    expect([await count('audit_log'), await count('audit_chain')]).toEqual([3, 3]);
    expect(await chainOrder()).toEqual(['1', '2', '4']);
    expect(await verifyAuditChain(sql())).toMatchObject({ ok: true, rows: 3, chained: 3, unchained: 0 });
  });

  // Checked to fail without the mechanism (2026-12-05): with appendMany as a loop of append the
  // statements are 40, not 1. The content check compares every stored field with append's rows.
  it('appendMany writes the rows append would, in one statement, in order; none when the caller rolls back', async () => {
    const at = new Date('2026-02-27T00:00:01.234Z');
    const entries = Array.from({ length: 40 }, (_, i) => ({ ...entry(i + 1), at }));
    entries[3] = { ...entries[3], detail: undefined, ip: null };
    let statements = 0;
    const written = await inTransaction(async (tx) => {
      const query = tx.$queryRawUnsafe.bind(tx);
      tx.$queryRawUnsafe = <T>(q: string, ...v: unknown[]) => {
        statements += 1;
        return query<T>(q, ...v);
      };
      return AuditLog.appendMany(tx, entries);
    });
    await expect(
      inTransaction(async (tx) => {
        await AuditLog.appendMany(tx, entries.slice(0, 10));
        throw new Error('state change failed');
      }),
    ).rejects.toThrow('state change failed');
    expect(await inTransaction((tx) => AuditLog.appendMany(tx, []))).toEqual([]);
    // The same entries through append, for comparison of what is stored.
    const one = await inTransaction(async (tx) => {
      const rows = [];
      for (const e of entries) rows.push(await AuditLog.append(tx, e));
      return rows;
    });
    const stored = await sql().$queryRawUnsafe<{ seq: string }[]>(
      'SELECT seq::text AS seq FROM audit_log ORDER BY seq',
    );
    const strip = ({ seq: _seq, ...rest }: { seq: string }) => rest;
    console.log(
      `appendMany: entries=${entries.length} statements=${statements} rows=${stored.length} (rolled back 10) seqs ${written[0].seq}..${written.at(-1)?.seq}`,
    );
    expect(statements).toBe(1);
    expect(written.map((r) => r.objectId)).toEqual(entries.map((e) => e.objectId));
    expect(written.map((r) => Number(r.seq))).toEqual(entries.map((_, i) => i + 1));
    expect(written.map(strip)).toEqual(one.map(strip));
    expect(written[3]).toMatchObject({ detail: null, ip: null });
    // The rolled-back batch took seqs 41–50 (sequences do not roll back); its rows are not there.
    expect(stored).toHaveLength(80);
    expect(await chainAll()).toBe(80);
    expect(await verifyAuditChain(sql())).toMatchObject({ ok: true, rows: 80, chained: 80, unchained: 0 });
  });

  it('chains rows that commit out of seq order, each once, in commit order', async () => {
    const early = await openTransaction();
    await AuditLog.append(early.tx, entry(1)); // seq 1, not committed yet
    await appendMany(2, 2); // seq 2, 3 committed
    expect(await chainAll()).toBe(2);
    await early.end('COMMIT');
    await appendMany(1, 4); // seq 4
    expect(await chainAll()).toBe(2);
    expect(await chainOrder()).toEqual(['2', '3', '1', '4']);
    expect(await verifyAuditChain(sql())).toMatchObject({ ok: true, rows: 4, chained: 4, unchained: 0 });
  });

  it('raises its scan floor only past rows no open transaction can still commit', async () => {
    const runner = pgTransactionRunner(pool);
    const watermark = newChainWatermark();
    await appendMany(3); // seq 1..3
    for (let i = 0; i < 2; i++) await chainAllPendingAudit(runner, { watermark });
    expect(watermark.floor).toBe(3n);
    const early = await openTransaction();
    await AuditLog.append(early.tx, entry(4)); // seq 4, held open
    await appendMany(2, 5); // seq 5, 6
    for (let i = 0; i < 4; i++) await chainAllPendingAudit(runner, { watermark });
    expect(watermark.floor).toBe(3n); // not past seq 4 while its transaction is open
    await early.end('COMMIT');
    await appendMany(1, 7); // seq 7
    for (let i = 0; i < 3; i++) await chainAllPendingAudit(runner, { watermark });
    expect(watermark.floor).toBe(7n);
    expect(await chainOrder()).toEqual(['1', '2', '3', '5', '6', '4', '7']);
    const rolledBack = await openTransaction();
    await AuditLog.append(rolledBack.tx, entry(8)); // seq 8, will roll back
    await appendMany(1, 9); // seq 9
    await chainAllPendingAudit(runner, { watermark });
    await rolledBack.end('ROLLBACK');
    for (let i = 0; i < 3; i++) await chainAllPendingAudit(runner, { watermark });
    expect(watermark.floor).toBe(9n);
    const verdict = await verifyAuditChain(sql());
    console.log(`watermark floor ${watermark.floor}: ${JSON.stringify(verdict)}`);
    expect(verdict).toMatchObject({ ok: true, rows: 8, chained: 8, unchained: 0, lastSeq: '9' });
  });

  it('builds one consistent chain when two chainers run at the same time as appenders', async () => {
    const otherPool = new Pool({ connectionString: db.url, max: 2 });
    otherPool.on('error', () => undefined);
    const runners = [pgTransactionRunner(pool), pgTransactionRunner(otherPool)];
    const watermarks = [newChainWatermark(), newChainWatermark()];
    let appending = true;
    const outcomes = { chained: [0, 0], lockedOut: [0, 0] };
    try {
      const chainers = runners.map(async (runner, i) => {
        while (appending) {
          const r = await chainPendingAudit(runner, { batchSize: 7, watermark: watermarks[i] });
          outcomes.chained[i] += r.chained;
          if (!r.locked) outcomes.lockedOut[i] += 1;
        }
      });
      await Promise.all(Array.from({ length: 8 }, (_, caller) => appendMany(15, caller * 100))).finally(
        () => (appending = false),
      );
      await Promise.all(chainers);
      await Promise.all(runners.map((r, i) => chainAllPendingAudit(r, { watermark: watermarks[i] })));
      await chainAll();
    } finally {
      await otherPool.end();
    }
    const verdict = await verifyAuditChain(sql());
    console.log(`two chainers: ${JSON.stringify(outcomes)} → ${JSON.stringify(verdict)}`);
    expect(verdict).toMatchObject({ ok: true, rows: 120, chained: 120, unchained: 0 });
    expect(await count('audit_chain')).toBe(120);
  });

  it('runs on an interval as a Nest provider and chains once more on shutdown', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [AuditChainModule.forRoot({ transactionRunner: pgTransactionRunner(pool), intervalMs: 10 })],
    }).compile();
    const app = await moduleRef.init();
    await appendMany(5);
    for (let i = 0; i < 500 && (await count('audit_chain')) < 5; i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(await count('audit_chain')).toBe(5);
    await appendMany(3, 6);
    await app.close();
    expect(await verifyAuditChain(sql())).toMatchObject({ ok: true, rows: 8, chained: 8, unchained: 0 });
    expect(typeof AuditChainer.chainPending).toBe('function');
  });

  it('reports young unchained rows and flags one unchained for longer than the threshold', async () => {
    await appendMany(2);
    expect(await verifyAuditChain(sql())).toMatchObject({ ok: true, rows: 2, chained: 0, unchained: 2 });
    await inTransaction((tx) => AuditLog.append(tx, { ...entry(3), at: new Date(Date.now() - 5 * 60_000) }));
    const verdict = await verifyAuditChain(sql());
    expect(verdict).toMatchObject({
      ok: false,
      unchained: 3,
      seq: '3',
      brokenAt: '1',
      reason: expect.stringMatching(/unchained/),
    });
    expect(verdict.oldestUnchainedAgeMs).toBeGreaterThan(60_000);
    await chainAll();
    expect(await verifyAuditChain(sql())).toMatchObject({ ok: true, rows: 3, unchained: 0 });
  });

  it('detects a changed chained row', async () => {
    await appendMany(5);
    await chainAll();
    await tamper(`UPDATE audit_log SET outcome = 'FAILURE' WHERE seq = 3`);
    expect(await verifyAuditChain(sql())).toMatchObject({
      ok: false,
      brokenAt: '3',
      seq: '3',
      chained: 2,
      reason: expect.stringMatching(/changed/),
    });
  });

  it('detects a changed detail and a changed timestamp', async () => {
    await appendMany(5);
    await chainAll();
    await tamper(`UPDATE audit_log SET detail = jsonb_set(detail, '{i}', '99') WHERE seq = 2`);
    expect(await verifyAuditChain(sql())).toMatchObject({ ok: false, brokenAt: '2' });
    await tamper(
      `UPDATE audit_log SET detail = jsonb_set(detail, '{i}', '2'), at = at + interval '1 microsecond' WHERE seq = 2`,
    );
    expect(await verifyAuditChain(sql())).toMatchObject({ ok: false, brokenAt: '2' });
  });

  it('detects a deleted chained audit row', async () => {
    await appendMany(5);
    await chainAll();
    await tamper('DELETE FROM audit_log WHERE seq = 4');
    expect(await verifyAuditChain(sql())).toMatchObject({
      ok: false,
      brokenAt: '4',
      seq: '4',
      reason: expect.stringMatching(/missing: deleted/),
    });
  });

  it('detects a deleted chain row, and a deleted pair whose successors were renumbered', async () => {
    await appendMany(5);
    await chainAll();
    await tamper('DELETE FROM audit_chain WHERE position = 2');
    expect(await verifyAuditChain(sql())).toMatchObject({
      ok: false,
      brokenAt: '2',
      reason: expect.stringMatching(/missing/),
    });
    await tamper(
      'DELETE FROM audit_log WHERE seq = 2; UPDATE audit_chain SET position = position - 1 WHERE position > 2',
    );
    expect(await verifyAuditChain(sql())).toMatchObject({
      ok: false,
      brokenAt: '2',
      reason: expect.stringMatching(/prev_hash/),
    });
  });

  it('detects reordered chain rows and swapped audit seqs', async () => {
    await appendMany(5);
    await chainAll();
    await tamper(
      'UPDATE audit_chain SET position = -position WHERE position IN (2, 3); UPDATE audit_chain SET position = CASE position WHEN -2 THEN 3 ELSE 2 END WHERE position < 0',
    );
    expect(await verifyAuditChain(sql())).toMatchObject({ ok: false, brokenAt: '2' });

    await tamper('DELETE FROM audit_chain; DELETE FROM audit_log');
    await appendMany(5, 10);
    await chainAll();
    const seqs = await chainOrder();
    await tamper(
      `UPDATE audit_log SET seq = -seq WHERE seq IN (${seqs[1]}, ${seqs[2]});
       UPDATE audit_log SET seq = CASE seq WHEN -${seqs[1]} THEN ${seqs[2]} ELSE ${seqs[1]} END WHERE seq < 0`,
    );
    expect(await verifyAuditChain(sql())).toMatchObject({
      ok: false,
      brokenAt: '2',
      reason: expect.stringMatching(/changed/),
    });
  });

  it('refuses UPDATE, DELETE and TRUNCATE on both tables through the triggers, even for the owner', async () => {
    await appendMany(2);
    await chainAll();
    const s = sql();
    for (const table of ['audit_log', 'audit_chain']) {
      await expect(
        s.$executeRawUnsafe(
          `UPDATE ${table} SET hash = hash`.replace(
            'SET hash = hash',
            table === 'audit_log' ? `SET outcome = 'X'` : `SET hash = 'x'`,
          ),
        ),
      ).rejects.toThrow(/append-only/);
      await expect(s.$executeRawUnsafe(`DELETE FROM ${table}`)).rejects.toThrow(/append-only|foreign key/);
      await expect(s.$executeRawUnsafe(`TRUNCATE ${table} CASCADE`)).rejects.toThrow(/append-only/);
    }
    expect(await verifyAuditChain(s)).toMatchObject({ ok: true, rows: 2, chained: 2 });
  });

  it('lets the service role append, chain and read but not change audit or chain rows', async () => {
    const role = `lz_t_${runId('svc')}`;
    await ensureServiceRole({ databaseUrl: db.url, role });
    const url = new URL(db.url);
    url.username = role;
    const servicePool = new Pool({ connectionString: url.toString(), max: 2 });
    servicePool.on('error', () => undefined);
    try {
      await pgTransactionRunner(servicePool).transaction((tx) => AuditLog.append(tx, entry(1)));
      expect(
        await chainAllPendingAudit(pgTransactionRunner(servicePool), { watermark: newChainWatermark() }),
      ).toBe(1);
      const s = pgSqlClient(servicePool);
      for (const table of ['audit_log', 'audit_chain']) {
        const column = table === 'audit_log' ? 'outcome' : 'hash';
        await expect(s.$executeRawUnsafe(`UPDATE ${table} SET ${column} = 'X'`)).rejects.toThrow(
          /permission denied|append-only/,
        );
        await expect(s.$executeRawUnsafe(`DELETE FROM ${table}`)).rejects.toThrow(
          /permission denied|append-only/,
        );
        await expect(s.$executeRawUnsafe(`TRUNCATE ${table}`)).rejects.toThrow(/permission denied/);
        await expect(s.$executeRawUnsafe(`ALTER TABLE ${table} DISABLE TRIGGER USER`)).rejects.toThrow(
          /must be owner/,
        );
      }
      expect(await verifyAuditChain(s)).toMatchObject({ ok: true, rows: 1, chained: 1 });
    } finally {
      await servicePool.end();
      const admin = new Client({ connectionString: db.url });
      await admin.connect();
      await admin.query(
        `REVOKE ALL ON ALL TABLES IN SCHEMA public FROM "${role}"; REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM "${role}"; REVOKE ALL ON SCHEMA public FROM "${role}"`,
      );
      await admin.query(`REVOKE ALL ON DATABASE "${db.name}" FROM "${role}"`);
      await admin.end();
      await pool.end();
      await db.drop();
      const server = new Client({ connectionString: new URL('/postgres', db.url).toString() });
      await server.connect();
      await server.query(`DROP ROLE IF EXISTS "${role}"`);
      await server.end();
      db = await createTestDatabase('audit');
      pool = new Pool({ connectionString: db.url, max: 2 });
    }
  });
});
