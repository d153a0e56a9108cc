import path from 'node:path';
import { Client } from 'pg';
import { applyMigrations, compareDatamodelFileWithDatabase, pgSqlClient } from '@lz/persistence';
import { createTestDatabase } from '@lz/testing';

const appRoot = path.resolve(__dirname, '..', '..', '..');

describe('intake Prisma schema', () => {
  it('agrees with the database its migrations build (tables, columns, nullability, types)', async () => {
    const db = await createTestDatabase('');
    const client = new Client({ connectionString: db.url });
    try {
      await applyMigrations({
        databaseUrl: db.url,
        migrationsDir: path.join(appRoot, 'prisma', 'migrations'),
      });
      await client.connect();
      const problems = await compareDatamodelFileWithDatabase(
        path.join(__dirname, 'generated', 'dmmf', 'datamodel.json'),
        pgSqlClient(client),
      );
      expect(problems).toEqual([]);
    } finally {
      await client.end();
      await db.drop();
    }
  });
});
