import { z } from 'zod';
import {
  attachmentDisposition,
  csvStream,
  exportable,
  exportText,
  shanghaiDateTime,
  yuanOf,
  type ListExport,
} from './list-export';
import { listQuerySchema } from './list.schema';

async function text(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as string));
  return Buffer.concat(chunks).toString('utf8');
}

async function* of<T>(rows: T[]) {
  yield* rows;
}

describe(yuanOf.name, () => {
  it('writes integer fen as yuan with two decimals, exactly', () => {
    expect([0, 5, 100, 123456, 1_000_000_01, -250].map(yuanOf)).toEqual([
      '0.00',
      '0.05',
      '1.00',
      '1234.56',
      '1000000.01',
      '-2.50',
    ]);
  });
});

describe(shanghaiDateTime.name, () => {
  it('shows an instant on the Luzhou wall clock', () => {
    expect(shanghaiDateTime('2026-02-26T16:00:00Z')).toBe('2026-02-27 00:00:00');
    expect(shanghaiDateTime('2026-02-26T16:00:00.250Z')).toBe('2026-02-27 00:00:00');
  });
});

describe(exportText.name, () => {
  it('labels codes, formats money and instants, leaves an empty cell empty', () => {
    const row = { s: 'OPEN', fen: 1999, at: '2026-01-01T00:00:00Z', none: null };
    expect(
      exportText({ header: '状态', value: (r: typeof row) => r.s, labels: { OPEN: '公示中' } }, row),
    ).toBe('公示中');
    expect(exportText({ header: '金额', value: (r: typeof row) => r.fen, kind: 'money' }, row)).toBe('19.99');
    expect(exportText({ header: '时间', value: (r: typeof row) => r.at, kind: 'instant' }, row)).toBe(
      '2026-01-01 08:00:00',
    );
    expect(exportText({ header: '空', value: (r: typeof row) => r.none, kind: 'instant' }, row)).toBe('');
  });
});

describe(csvStream.name, () => {
  it('starts with a BOM, quotes commas, quotes and line breaks, and defuses formulas', async () => {
    const spec: ListExport<{ a: string }> = {
      fileName: 'x',
      columns: [{ header: '名称', value: (r) => r.a }],
    };
    const out = await text(
      csvStream(spec, of([{ a: 'a,"b"' }, { a: '第一行\n第二行' }, { a: '=SUM(A1)' }, { a: '-12.50' }])),
    );
    expect(out).toBe('\uFEFF名称\r\n"a,""b"""\r\n"第一行\n第二行"\r\n\'=SUM(A1)\r\n-12.50\r\n');
  });
});

describe(attachmentDisposition.name, () => {
  it('gives the Chinese name in filename* and an ASCII fallback', () => {
    expect(attachmentDisposition('创新联合体组建名单.xlsx')).toBe(
      `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent('创新联合体组建名单.xlsx')}`,
    );
  });
});

describe(exportable.name, () => {
  const schema = exportable(listQuerySchema({ sortable: ['a'], defaultSort: ['a'] }));

  it('adds format (json by default) and keeps the list strict', () => {
    expect(schema.parse({}).format).toBeUndefined();
    expect(schema.parse({ format: 'csv' }).format).toBe('csv');
    expect(schema.safeParse({ format: 'pdf' }).success).toBe(false);
    expect(schema.safeParse({ other: '1' }).success).toBe(false);
    const doc = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
      properties: Record<string, { enum?: string[] }>;
    };
    expect(doc.properties.format.enum).toEqual(['json', 'xlsx', 'csv']);
  });
});
