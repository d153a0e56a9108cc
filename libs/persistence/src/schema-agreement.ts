import type { SqlClient } from './sql-client';

/** The part of Prisma's DMMF datamodel the comparison reads (tools/prisma-dmmf-generator.cjs). */
export interface DmmfField {
  name: string;
  kind: string;
  type: string;
  dbName?: string | null;
  isRequired: boolean;
  isList: boolean;
  nativeType?: [string, string[]] | null;
}
export interface DmmfModel {
  name: string;
  dbName?: string | null;
  fields: DmmfField[];
}
export interface DmmfDatamodel {
  models: DmmfModel[];
}

interface ColumnRow {
  table_name: string;
  column_name: string;
  is_nullable: 'YES' | 'NO';
  udt_name: string;
}

/** Postgres types Prisma maps each scalar to (without a `@db.` attribute: the first). */
const PRISMA_TO_PG: Record<string, string[]> = {
  String: ['text', 'varchar', 'bpchar', 'uuid', 'citext', 'inet', 'xml'],
  Boolean: ['bool'],
  Int: ['int4', 'int2'],
  BigInt: ['int8'],
  Float: ['float8', 'float4'],
  Decimal: ['numeric'],
  DateTime: ['timestamp', 'timestamptz', 'date', 'time', 'timetz'],
  Json: ['jsonb', 'json'],
  Bytes: ['bytea'],
};
const NATIVE_TO_PG: Record<string, string> = {
  Uuid: 'uuid',
  Text: 'text',
  VarChar: 'varchar',
  Char: 'bpchar',
  Timestamptz: 'timestamptz',
  Timestamp: 'timestamp',
  Date: 'date',
  Integer: 'int4',
  SmallInt: 'int2',
  BigInt: 'int8',
  JsonB: 'jsonb',
  Json: 'json',
  Boolean: 'bool',
  DoublePrecision: 'float8',
  Real: 'float4',
  Decimal: 'numeric',
};

/**
 * Compares a Prisma datamodel with the `public` schema of a live database: every model's table
 * exists, every table has a model (except `_prisma_migrations`), columns match one to one, and
 * each column's nullability and basic type agree. Returns human-readable differences; [] = agree.
 */
export async function compareSchemaWithDatabase(datamodel: DmmfDatamodel, db: SqlClient): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<ColumnRow[]>(
    `SELECT c.table_name::text, c.column_name::text, c.is_nullable::text, c.udt_name::text
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.table_name <> '_prisma_migrations'
      ORDER BY c.table_name, c.ordinal_position`,
  );
  const tables = new Map<string, Map<string, ColumnRow>>();
  for (const r of rows) {
    const columns = tables.get(r.table_name) ?? new Map<string, ColumnRow>();
    columns.set(r.column_name, r);
    tables.set(r.table_name, columns);
  }
  const problems: string[] = [];
  const modelled = new Set<string>();
  for (const model of datamodel.models) {
    const table = model.dbName ?? model.name;
    modelled.add(table);
    const columns = tables.get(table);
    if (!columns) {
      problems.push(`model ${model.name}: table "${table}" is missing in the database`);
      continue;
    }
    const seen = new Set<string>();
    for (const field of model.fields.filter((f) => f.kind === 'scalar' || f.kind === 'enum')) {
      const column = field.dbName ?? field.name;
      seen.add(column);
      const row = columns.get(column);
      if (!row) {
        problems.push(
          `${model.name}.${field.name}: column "${table}"."${column}" is missing in the database`,
        );
        continue;
      }
      const nullable = row.is_nullable === 'YES';
      if (nullable === field.isRequired) {
        problems.push(
          `${model.name}.${field.name}: schema says ${field.isRequired ? 'required' : 'optional'}, ` +
            `column "${table}"."${column}" is ${nullable ? 'NULL' : 'NOT NULL'}`,
        );
      }
      const expected = expectedTypes(field);
      const actual = field.isList ? row.udt_name.replace(/^_/, '') : row.udt_name;
      if (expected && !expected.includes(actual)) {
        problems.push(
          `${model.name}.${field.name}: schema type ${field.type}${field.nativeType ? ` @db.${field.nativeType[0]}` : ''} ` +
            `expects ${expected.join('|')}, column "${table}"."${column}" is ${row.udt_name}`,
        );
      }
    }
    for (const column of columns.keys()) {
      if (!seen.has(column))
        problems.push(`${model.name}: column "${table}"."${column}" is not in the schema`);
    }
  }
  for (const table of tables.keys()) {
    if (!modelled.has(table)) problems.push(`table "${table}" has no model in the schema`);
  }
  return problems;
}

function expectedTypes(field: DmmfField): string[] | undefined {
  if (field.kind === 'enum') return undefined; // enum types are named after the enum; not compared
  if (field.nativeType) {
    const pg = NATIVE_TO_PG[field.nativeType[0]];
    return pg ? [pg] : undefined;
  }
  const candidates = PRISMA_TO_PG[field.type];
  return candidates ? [candidates[0]] : undefined;
}

/**
 * Reads a DMMF datamodel file (written by tools/prisma-dmmf-generator.cjs during `prisma generate`)
 * and compares it with a database; a clear error when the file is missing.
 */
export async function compareDatamodelFileWithDatabase(
  datamodelFile: string,
  db: SqlClient,
): Promise<string[]> {
  const { existsSync, readFileSync } = await import('node:fs');
  if (!existsSync(datamodelFile)) {
    throw new Error(`${datamodelFile} not found: run \`node tools/prisma-generate.mjs\` first`);
  }
  return compareSchemaWithDatabase(JSON.parse(readFileSync(datamodelFile, 'utf8')) as DmmfDatamodel, db);
}
