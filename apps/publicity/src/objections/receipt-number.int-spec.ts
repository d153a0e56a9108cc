import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { applyMigrations, readMigrations, serviceMigrationsDir } from '@lz/persistence';
import { createTestDatabase, makeUuid, type TestDatabase } from '@lz/testing';
import { readReceiptNumber } from './receipt-number';

const MIGRATION = '20261203000000_added_objection_receipt_number';

/**
 * The migration that added 回执编号 gives every objection filed before it a receipt number by the
 * same rule as the service (receipt-number.ts): read back by the service's own check.
 */
describe(MIGRATION, () => {
  let db: TestDatabase;
  let before: string;
  let pg: Client;
  beforeAll(async () => {
    db = await createTestDatabase('publicity_receipts');
    const dir = serviceMigrationsDir('publicity');
    before = mkdtempSync(path.join(tmpdir(), 'lz-migrations-'));
    for (const m of readMigrations(dir).filter((x) => x.name < MIGRATION)) {
      symlinkSync(path.join(dir, m.name), path.join(before, m.name));
    }
    await applyMigrations({ databaseUrl: db.url, migrationsDir: before });
    pg = new Client({ connectionString: db.url });
    await pg.connect();
  });
  afterAll(async () => {
    await pg?.end();
    await db?.drop();
    if (before) rmSync(before, { recursive: true, force: true });
  });

  it('numbers the objections filed before it, uniquely, by the year of filing in Asia/Shanghai', async () => {
    const notice = makeUuid();
    await pg.query(
      `INSERT INTO notice (id, title, published_at, ends_at, last_working_day, working_days, counting_rule,
                           closing_time, provisional, unknown_years, policy_version, published_by)
       VALUES ($1, '公示', '2025-12-25T10:00:00+08:00', '2026-01-05T00:00:00+08:00', '2026-01-04', 5,
               'NEXT_DAY', '24:00', false, '{}', 'lz-2024-draft', 'officer')`,
      [notice],
    );
    await pg.query(
      `INSERT INTO notice_item (application_id, notice_id, position, name, field, lead_uscc, lead_name)
       VALUES ('app-1', $1, 1, '联合体', '白酒', '91110000600037341L', '牵头单位')`,
      [notice],
    );
    // 2025-12-31T16:30Z is already 2026-01-01 in Shanghai.
    const filed = ['2025-12-31T16:30:00Z', ...Array.from({ length: 49 }, () => '2025-12-26T09:00:00+08:00')];
    for (const at of filed) {
      await pg.query(
        `INSERT INTO objection (id, notice_id, application_id, reason, contact_name, contact_phone, filed_at)
         VALUES ($1, $2, 'app-1', '理由', '张三', '13812345678', $3)`,
        [makeUuid(), notice, at],
      );
    }

    const result = await applyMigrations({
      databaseUrl: db.url,
      migrationsDir: serviceMigrationsDir('publicity'),
    });
    // This migration first; later ones (the platform's, every service's) follow it.
    expect(result.applied[0]).toBe(MIGRATION);

    const { rows } = await pg.query<{ receipt_no: string; filed_at: Date }>(
      'SELECT receipt_no, filed_at FROM objection ORDER BY filed_at DESC',
    );
    expect(rows).toHaveLength(50);
    expect(rows[0].receipt_no).toMatch(/^YY2026-/);
    expect(rows.slice(1).every((r) => r.receipt_no.startsWith('YY2025-'))).toBe(true);
    expect(rows.map((r) => readReceiptNumber(r.receipt_no))).toEqual(
      rows.map((r) => ({ ok: true, receiptNo: r.receipt_no })),
    );
    expect(new Set(rows.map((r) => r.receipt_no)).size).toBe(50);
  });

  it('keeps the column required, well-formed and unique', async () => {
    const { rows } = await pg.query<{ receipt_no: string }>('SELECT receipt_no FROM objection LIMIT 1');
    const insert = (receipt: string | null) =>
      pg.query(
        `INSERT INTO objection (id, receipt_no, notice_id, application_id, reason, contact_name, contact_phone, filed_at)
         SELECT $1, $2, notice_id, application_id, reason, contact_name, contact_phone, filed_at FROM objection LIMIT 1`,
        [makeUuid(), receipt],
      );
    await expect(insert(null)).rejects.toThrow(/null value in column "receipt_no"/);
    await expect(insert('YY2026-0000-0000')).rejects.toThrow(/objection_receipt_no_check/);
    await expect(insert(rows[0].receipt_no)).rejects.toThrow(/objection_receipt_no_key/);
  });
});
