import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@lz/test-infra';
import { applyMigrations, MigrationError } from './migration-runner';
import { PLATFORM_MIGRATIONS_DIR } from './platform-migrations';
import { ensureDatabase } from './ensure-database';
import { withDatabase } from './database-url';

function migrationsFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lz-migrations-'));
  for (const [name, sql] of Object.entries(files)) {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, 'migration.sql'), sql);
  }
  return dir;
}

async function query<T extends object>(url: string, sql: string): Promise<T[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql)).rows;
  } finally {
    await c.end();
  }
}

describe(applyMigrations.name, () => {
  let db: TestDatabase;
  const folders: string[] = [];

  beforeEach(async () => {
    db = await createTestDatabase('migrate');
  });
  afterEach(async () => {
    await db.drop();
  });
  afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

  it('applies the platform tables and records them as Prisma Migrate does', async () => {
    const result = await applyMigrations({ databaseUrl: db.url, migrationsDir: PLATFORM_MIGRATIONS_DIR });
    expect(result.applied).toEqual([
      '20261127000000_platform_tables',
      '20261127200000_audit_chain_off_the_hot_path',
      '20261202000000_idempotency_owner_token',
      '20261202100000_delivery_attempt',
      '20261204100000_outbox_relay_batches',
    ]);
    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
      id: string;
    }>(db.url, 'SELECT * FROM "_prisma_migrations"');
    expect(rows).toHaveLength(result.applied.length);
    expect(rows[0].id).toMatch(/^[0-9a-f-]{36}$/);
    expect(rows[0].checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].finished_at).toBeInstanceOf(Date);
    expect(rows[0].applied_steps_count).toBe(1);
    const tables = await query<{ table_name: string }>(
      db.url,
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    );
    expect(tables.map((t) => t.table_name)).toEqual([
      '_prisma_migrations',
      'audit_chain',
      'audit_log',
      'deadline',
      'delivery_attempt',
      'idempotency_key',
      'inbox_event',
      'outbox_event',
    ]);
  });

  it('creates _prisma_migrations with the columns and types Prisma uses', async () => {
    await applyMigrations({ databaseUrl: db.url, migrationsDir: PLATFORM_MIGRATIONS_DIR });
    const columns = await query<{
      column_name: string;
      data_type: string;
      is_nullable: string;
      character_maximum_length: number | null;
    }>(
      db.url,
      `SELECT column_name, data_type, is_nullable, character_maximum_length FROM information_schema.columns
        WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(
      columns.map((c) => [c.column_name, c.data_type, c.is_nullable, c.character_maximum_length]),
    ).toEqual([
      ['id', 'character varying', 'NO', 36],
      ['checksum', 'character varying', 'NO', 64],
      ['finished_at', 'timestamp with time zone', 'YES', null],
      ['migration_name', 'character varying', 'NO', 255],
      ['logs', 'text', 'YES', null],
      ['rolled_back_at', 'timestamp with time zone', 'YES', null],
      ['started_at', 'timestamp with time zone', 'NO', null],
      ['applied_steps_count', 'integer', 'NO', null],
    ]);
  });

  it('applies nothing the second time', async () => {
    await applyMigrations({ databaseUrl: db.url, migrationsDir: PLATFORM_MIGRATIONS_DIR });
    const again = await applyMigrations({ databaseUrl: db.url, migrationsDir: PLATFORM_MIGRATIONS_DIR });
    expect(again).toEqual({
      applied: [],
      alreadyApplied: [
        '20261127000000_platform_tables',
        '20261127200000_audit_chain_off_the_hot_path',
        '20261202000000_idempotency_owner_token',
        '20261202100000_delivery_attempt',
        '20261204100000_outbox_relay_batches',
      ],
      unknownApplied: [],
    });
  });

  it('applies each migration once when several processes migrate at the same time', async () => {
    const dir = migrationsFolder({
      '20260101000000_first': 'CREATE TABLE a (id int PRIMARY KEY);',
      '20260102000000_second': 'CREATE TABLE b (id int PRIMARY KEY); SELECT pg_sleep(0.05);',
    });
    folders.push(dir);
    const results = await Promise.all(
      Array.from({ length: 4 }, () => applyMigrations({ databaseUrl: db.url, migrationsDir: dir })),
    );
    expect(results.flatMap((r) => r.applied).sort()).toEqual([
      '20260101000000_first',
      '20260102000000_second',
    ]);
    const rows = await query<{ n: string }>(db.url, 'SELECT count(*)::text AS n FROM "_prisma_migrations"');
    expect(rows[0].n).toBe('2');
  });

  it('refuses when an applied migration was edited afterwards', async () => {
    const dir = migrationsFolder({ '20260101000000_first': 'CREATE TABLE a (id int PRIMARY KEY);' });
    folders.push(dir);
    await applyMigrations({ databaseUrl: db.url, migrationsDir: dir });
    writeFileSync(
      path.join(dir, '20260101000000_first', 'migration.sql'),
      'CREATE TABLE a (id bigint PRIMARY KEY);',
    );
    await expect(applyMigrations({ databaseUrl: db.url, migrationsDir: dir })).rejects.toThrow(
      /was modified after it was applied/,
    );
  });

  it('rolls a failing migration back entirely and records nothing', async () => {
    const dir = migrationsFolder({
      '20260101000000_first': 'CREATE TABLE a (id int PRIMARY KEY);',
      '20260102000000_broken': 'CREATE TABLE b (id int PRIMARY KEY); INSERT INTO missing VALUES (1);',
    });
    folders.push(dir);
    await expect(applyMigrations({ databaseUrl: db.url, migrationsDir: dir })).rejects.toBeInstanceOf(
      MigrationError,
    );
    const names = await query<{ migration_name: string }>(
      db.url,
      'SELECT migration_name FROM "_prisma_migrations"',
    );
    expect(names.map((n) => n.migration_name)).toEqual(['20260101000000_first']);
    const b = await query<{ t: string | null }>(db.url, `SELECT to_regclass('public.b')::text AS t`);
    expect(b[0].t).toBeNull();
  });

  it('records the sha256 of the file as the checksum', async () => {
    const sql = 'CREATE TABLE a (id int PRIMARY KEY);\n';
    const dir = migrationsFolder({ '20260101000000_first': sql });
    folders.push(dir);
    await applyMigrations({ databaseUrl: db.url, migrationsDir: dir });
    const rows = await query<{ checksum: string }>(db.url, 'SELECT checksum FROM "_prisma_migrations"');
    expect(rows[0].checksum).toBe(createHash('sha256').update(sql).digest('hex'));
  });
});

describe(ensureDatabase.name, () => {
  it('creates a missing database once, also when called concurrently', async () => {
    const probe = await createTestDatabase('ensure');
    await probe.drop();
    try {
      const created = await Promise.all([
        ensureDatabase(probe.url),
        ensureDatabase(probe.url),
        ensureDatabase(probe.url),
      ]);
      expect(created.filter(Boolean)).toHaveLength(1);
      const rows = await query<{ n: string }>(
        withDatabase(probe.url, 'postgres'),
        `SELECT count(*)::text AS n FROM pg_database WHERE datname = '${probe.name}'`,
      );
      expect(rows[0].n).toBe('1');
      expect(await ensureDatabase(probe.url)).toBe(false);
    } finally {
      await probe.drop();
    }
  });
});
