import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@lz/test-infra';
import { compareSchemaWithDatabase, type DmmfDatamodel, type DmmfField } from './schema-agreement';
import { pgSqlClient } from './sql-client';

const field = (name: string, type: string, extra: Partial<DmmfField> = {}): DmmfField => ({
  name,
  kind: 'scalar',
  type,
  isRequired: true,
  isList: false,
  nativeType: null,
  ...extra,
});

const agreeing = (): DmmfDatamodel => ({
  models: [
    {
      name: 'Thing',
      dbName: 'thing',
      fields: [
        field('id', 'String', { nativeType: ['Uuid', []] }),
        field('count', 'Int'),
        field('note', 'String', { isRequired: false }),
        field('createdAt', 'DateTime', { dbName: 'created_at', nativeType: ['Timestamptz', ['6']] }),
      ],
    },
  ],
});

describe(compareSchemaWithDatabase.name, () => {
  let db: TestDatabase;
  let client: Client;

  beforeAll(async () => {
    db = await createTestDatabase('schema_agree');
    client = new Client({ connectionString: db.url });
    await client.connect();
    await client.query(
      `CREATE TABLE thing (id uuid PRIMARY KEY, count int NOT NULL, note text, created_at timestamptz NOT NULL)`,
    );
  });
  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  it('reports nothing when the schema and the database agree', async () => {
    expect(await compareSchemaWithDatabase(agreeing(), pgSqlClient(client))).toEqual([]);
  });

  it('reports a column the database lacks', async () => {
    const dm = agreeing();
    dm.models[0].fields.push(field('extra', 'String'));
    expect(await compareSchemaWithDatabase(dm, pgSqlClient(client))).toEqual([
      'Thing.extra: column "thing"."extra" is missing in the database',
    ]);
  });

  it('reports a column the schema lacks', async () => {
    const dm = agreeing();
    dm.models[0].fields = dm.models[0].fields.filter((f) => f.name !== 'note');
    expect(await compareSchemaWithDatabase(dm, pgSqlClient(client))).toEqual([
      'Thing: column "thing"."note" is not in the schema',
    ]);
  });

  it('reports nullability and type differences', async () => {
    const dm = agreeing();
    dm.models[0].fields[1] = field('count', 'BigInt');
    dm.models[0].fields[2] = field('note', 'String');
    const problems = await compareSchemaWithDatabase(dm, pgSqlClient(client));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /Thing.count: schema type BigInt expects int8, column "thing"."count" is int4/,
    );
    expect(problems[1]).toMatch(/Thing.note: schema says required, column "thing"."note" is NULL/);
  });

  it('reports a table without model and a model without table', async () => {
    const dm = agreeing();
    dm.models[0].dbName = 'things';
    const problems = await compareSchemaWithDatabase(dm, pgSqlClient(client));
    expect(problems).toEqual([
      'model Thing: table "things" is missing in the database',
      'table "thing" has no model in the schema',
    ]);
  });
});
