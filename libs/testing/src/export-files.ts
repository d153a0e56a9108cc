import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ExcelJS } from '@lz/http';
import type { TestService } from './service';

const run = promisify(execFile);

export interface DownloadedFile {
  status: number;
  headers: Headers;
  bytes: Buffer;
}

/** GET a download (an export or a printout) as bytes, optionally with a bearer token. */
export async function fetchFile(svc: TestService, path: string, token?: string): Promise<DownloadedFile> {
  const res = await fetch(`${svc.baseUrl}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** An .xlsx of one worksheet holding these rows (header row first): a file to upload, as a user would make it. */
export async function xlsxBytes(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The first worksheet of an .xlsx opened with exceljs, as rows of cell values (header row first). */
export async function xlsxRows(bytes: Buffer): Promise<Array<Array<string | number | null>>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  const sheet = workbook.worksheets[0];
  const width = sheet.getRow(1).cellCount;
  const rows: Array<Array<string | number | null>> = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: Array<string | number | null> = [];
    for (let i = 1; i <= width; i++) {
      const v = row.getCell(i).value;
      cells.push(v === null || v === undefined ? null : typeof v === 'number' ? v : String(v));
    }
    rows.push(cells);
  });
  return rows;
}

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF) → rows of fields; the text must not hold the BOM. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** The file name a `Content-Disposition` gives in `filename*` (RFC 5987), decoded. */
export function dispositionFileName(disposition: string | null): string | undefined {
  const m = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  return m ? decodeURIComponent(m[1]) : undefined;
}

/** An instant as a reader in Luzhou sees it: 'YYYY-MM-DD HH:mm:ss' in Asia/Shanghai. */
export function shanghaiWallClock(iso: string): string {
  return new Date(iso).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

/** A PDF's text by poppler's `pdftotext -layout` (Debian poppler-utils). */
export async function pdfText(bytes: Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lz-pdf-'));
  try {
    await writeFile(join(dir, 'in.pdf'), bytes);
    await run('pdftotext', ['-layout', '-enc', 'UTF-8', join(dir, 'in.pdf'), join(dir, 'out.txt')]);
    return await readFile(join(dir, 'out.txt'), 'utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Renders every page of a PDF to PNG with poppler's `pdftoppm` into `outDir`; returns the files. */
export async function pdfToPngs(bytes: Buffer, outDir: string, prefix: string, dpi = 72): Promise<string[]> {
  const input = join(outDir, `${prefix}.pdf`);
  await writeFile(input, bytes);
  await run('pdftoppm', ['-png', '-r', String(dpi), input, join(outDir, prefix)]);
  return (await readdir(outDir))
    .filter((f) => f.startsWith(prefix) && f.endsWith('.png'))
    .sort()
    .map((f) => join(outDir, f));
}
