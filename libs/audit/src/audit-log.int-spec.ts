import { Client, Pool } from 'pg';
import {
  applyMigrations,
  ensureServiceRole,
  pgSqlClient,
  PLATFORM_MIGRATIONS_DIR,
  type SqlClient,
} from '@lz/persistence';
import { createTestDatabase, runId, type TestDatabase } from '@lz/testing';
import { AuditLog, type AuditEntry } from './audit-log';
import { verifyAuditChain } from './verify-audit-chain';

const entry = (i: number): AuditEntry => ({
  actor: `user-${i % 7}`,
  role: 'officer',
  action: 'notice.publish',
  objectType: 'notice',
  objectId: `n-${i}`,
  ip: '10.0.0.1',
  outcome: 'SUCCESS',
  detail: { i, note: '公示', nested: { z: 1, a: [i] } },
});

describe('AuditLog', () => {
  let db: TestDatabase;
  let pool: Pool;

  async function inTransaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
    const c = await pool.connect();
    try {
      await c.query('BEGIN');
      const result = await fn(pgSqlClient(c));
      await c.query('COMMIT');
      return result;
    } catch (err) {
      await c.query('ROLLBACK');
      throw err;
    } finally {
      c.release();
    }
  }

  async function asSuperuser(sql: string): Promise<void> {
    const c = new Client({ connectionString: db.url });
    await c.connect();
    try {
      await c.query('ALTER TABLE audit_log DISABLE TRIGGER USER');
      await c.query(sql);
      await c.query('ALTER TABLE audit_log ENABLE TRIGGER USER');
    } finally {
      await c.end();
    }
  }

  async function appendMany(n: number): Promise<void> {
    for (let i = 1; i <= n; i++) await inTransaction((tx) => AuditLog.append(tx, entry(i)));
  }

  beforeEach(async () => {
    db = await createTestDatabase('audit');
    await applyMigrations({ databaseUrl: db.url, migrationsDir: PLATFORM_MIGRATIONS_DIR });
    pool = new Pool({ connectionString: db.url, max: 10 });
    // Idle clients may see the FORCE drop of the database at teardown; that is not a test failure.
    pool.on('error', () => undefined);
  });
  afterEach(async () => {
    await pool.end();
    await db.drop();
  });

  it('keeps a valid chain when 10 callers append 200 rows concurrently', async () => {
    await Promise.all(
      Array.from({ length: 10 }, (_, caller) =>
        (async () => {
          for (let k = 0; k < 20; k++)
            await inTransaction((tx) => AuditLog.append(tx, entry(caller * 100 + k)));
        })(),
      ),
    );
    const verdict = await verifyAuditChain(pgSqlClient(pool));
    expect(verdict).toMatchObject({ ok: true, rows: 200, lastSeq: '200' });
  });

  it('writes nothing when the caller rolls back', async () => {
    await appendMany(2);
    await expect(
      inTransaction(async (tx) => {
        await AuditLog.append(tx, entry(3));
        throw new Error('state change failed');
      }),
    ).rejects.toThrow('state change failed');
    await appendMany(1);
    expect(await verifyAuditChain(pgSqlClient(pool))).toMatchObject({ ok: true, rows: 3 });
  });

  it('detects a changed row', async () => {
    await appendMany(5);
    await asSuperuser(`UPDATE audit_log SET outcome = 'FAILURE' WHERE seq = 3`);
    expect(await verifyAuditChain(pgSqlClient(pool))).toMatchObject({
      ok: false,
      brokenAt: '3',
      reason: expect.stringMatching(/changed/),
    });
  });

  it('detects a changed detail and a changed timestamp', async () => {
    await appendMany(5);
    await asSuperuser(`UPDATE audit_log SET detail = jsonb_set(detail, '{i}', '99') WHERE seq = 2`);
    expect(await verifyAuditChain(pgSqlClient(pool))).toMatchObject({ ok: false, brokenAt: '2' });
    await asSuperuser(
      `UPDATE audit_log SET detail = jsonb_set(detail, '{i}', '2'), at = at + interval '1 microsecond' WHERE seq = 2`,
    );
    expect(await verifyAuditChain(pgSqlClient(pool))).toMatchObject({ ok: false, brokenAt: '2' });
  });

  it('detects a deleted row', async () => {
    await appendMany(5);
    await asSuperuser('DELETE FROM audit_log WHERE seq = 4');
    expect(await verifyAuditChain(pgSqlClient(pool))).toMatchObject({
      ok: false,
      brokenAt: '4',
      reason: expect.stringMatching(/deleted/),
    });
  });

  it('detects a deleted row whose successors were renumbered', async () => {
    await appendMany(5);
    await asSuperuser(
      'DELETE FROM audit_log WHERE seq = 2; UPDATE audit_log SET seq = seq - 1 WHERE seq > 2',
    );
    expect(await verifyAuditChain(pgSqlClient(pool))).toMatchObject({ ok: false, brokenAt: '2' });
  });

  it('detects reordered rows', async () => {
    await appendMany(5);
    await asSuperuser(
      'UPDATE audit_log SET seq = -seq WHERE seq IN (2, 3); UPDATE audit_log SET seq = CASE seq WHEN -2 THEN 3 ELSE 2 END WHERE seq < 0',
    );
    expect(await verifyAuditChain(pgSqlClient(pool))).toMatchObject({ ok: false, brokenAt: '2' });
  });

  it('refuses UPDATE, DELETE and TRUNCATE through the triggers, even for the owner', async () => {
    await appendMany(2);
    const sql = pgSqlClient(pool);
    await expect(sql.$executeRawUnsafe(`UPDATE audit_log SET outcome = 'X'`)).rejects.toThrow(/append-only/);
    await expect(sql.$executeRawUnsafe('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(sql.$executeRawUnsafe('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    expect(await verifyAuditChain(sql)).toMatchObject({ ok: true, rows: 2 });
  });

  it('lets the service role append and read but not change audit rows', async () => {
    const role = `lz_t_${runId('svc')}`;
    await ensureServiceRole({ databaseUrl: db.url, role });
    const url = new URL(db.url);
    url.username = role;
    const service = new Client({ connectionString: url.toString() });
    await service.connect();
    try {
      const sql = pgSqlClient(service);
      await service.query('BEGIN');
      await AuditLog.append(sql, entry(1));
      await service.query('COMMIT');
      await expect(sql.$executeRawUnsafe(`UPDATE audit_log SET outcome = 'X'`)).rejects.toThrow(
        /permission denied|append-only/,
      );
      await expect(sql.$executeRawUnsafe('DELETE FROM audit_log')).rejects.toThrow(
        /permission denied|append-only/,
      );
      await expect(sql.$executeRawUnsafe('TRUNCATE audit_log')).rejects.toThrow(/permission denied/);
      await expect(sql.$executeRawUnsafe('ALTER TABLE audit_log DISABLE TRIGGER USER')).rejects.toThrow(
        /must be owner/,
      );
      expect(await verifyAuditChain(sql)).toMatchObject({ ok: true, rows: 1 });
    } finally {
      await service.end();
      const admin = new Client({ connectionString: db.url });
      await admin.connect();
      await admin.query(
        `REVOKE ALL ON ALL TABLES IN SCHEMA public FROM "${role}"; REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM "${role}"; REVOKE ALL ON SCHEMA public FROM "${role}"`,
      );
      await admin.query(`REVOKE ALL ON DATABASE "${db.name}" FROM "${role}"`);
      await admin.end();
      await db.drop();
      const server = new Client({ connectionString: new URL('/postgres', db.url).toString() });
      await server.connect();
      await server.query(`DROP ROLE IF EXISTS "${role}"`);
      await server.end();
      db = await createTestDatabase('audit');
    }
  });
});
