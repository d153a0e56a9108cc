import path from 'node:path';
import { Client } from 'pg';
import {
  applyMigrations,
  compareDatamodelFileWithDatabase,
  pgSqlClient,
  serviceMigrationsDir,
} from '@lz/persistence';
import { createTestDatabase } from '@lz/test-infra';

/**
 * Migrates a fresh database with a service's SQL migrations and compares it with the service's Prisma
 * data model (written by `tools/prisma-generate.mjs` next to the generated client). Returns the
 * differences: tables, columns, nullability, types — an empty list when schema and migrations agree.
 */
export async function schemaDriftOf(service: string): Promise<string[]> {
  const db = await createTestDatabase(`${service}_schema`);
  const client = new Client({ connectionString: db.url });
  try {
    await applyMigrations({
      databaseUrl: db.url,
      migrationsDir: serviceMigrationsDir(service),
      log: () => undefined,
    });
    await client.connect();
    const datamodel = path.resolve(
      serviceMigrationsDir(service),
      '..',
      '..',
      'src',
      'infra',
      'prisma',
      'generated',
      'dmmf',
      'datamodel.json',
    );
    return await compareDatamodelFileWithDatabase(datamodel, pgSqlClient(client));
  } finally {
    await client.end();
    await db.drop();
  }
}
