import { PassThrough, Readable } from 'node:stream';
import { StreamableFile } from '@nestjs/common';
import { z } from 'zod';
import { formatShanghaiIso } from '@lz/calendar';
import { JURISDICTIONS, type ApplicationStatus } from '@lz/policy';
import { ExcelJS } from './exceljs';
import { LIST_LIMITS, type Page } from './list.schema';

/**
 * Exports of the list convention (docs/API.md "Lists"): a list endpoint given `format=xlsx|csv` answers
 * the same list — same filters, same order, same scope — as a download instead of one JSON page. The
 * handler pages through its own list query (`LIST_LIMITS.maxPageSize` rows at a time) and the rows are
 * written as they arrive, so a long list never sits in memory.
 */
export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** A list that can also be printed (`format=pdf`), e.g. the registry and a notice. */
export const PRINTABLE_FORMATS = ['xlsx', 'csv', 'pdf'] as const;

export const EXPORT_MEDIA_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
} as const;

/**
 * The list's query schema with `format`: absent or `json` → the JSON page; `xlsx` / `csv` (and `pdf`
 * where given) → the whole list as a file (`page` and `pageSize` are then ignored).
 */
export function exportable<
  Shape extends z.ZodRawShape,
  const F extends readonly ['xlsx' | 'csv' | 'pdf', ...('xlsx' | 'csv' | 'pdf')[]] = typeof EXPORT_FORMATS,
>(schema: z.ZodObject<Shape, z.core.$strict>, formats?: F) {
  const allowed = (formats ?? EXPORT_FORMATS) as F;
  const format = z
    .enum(['json', ...allowed] as ['json', ...F])
    .optional()
    .meta({
      description:
        `Answer as: json (default, one page), ${allowed.join(', ')} (the whole list as a download: ` +
        'same filters, order and scope; page and pageSize ignored).',
    });
  return schema.extend({ format });
}

/** Jurisdiction code → its Chinese name (江阳区, 泸州高新区…), for a column's `labels`. */
export const JURISDICTION_LABELS: Readonly<Record<string, string>> = Object.fromEntries(
  JURISDICTIONS.map((j) => [j.code, j.nameZh]),
);

/** An application's status → its Chinese label (as the portal shows it). */
export const APPLICATION_STATUS_LABELS: Readonly<Record<ApplicationStatus, string>> = {
  DRAFT: '草稿',
  SUBMITTED: '已提交',
  RETURNED: '退回修改',
  PRELIM_RECOMMENDED: '初审推荐',
  PRELIM_REJECTED: '初审不推荐',
  CITY_TO_BE_FILED: '拟备案',
  CITY_REJECTED: '市级审查未通过',
  IN_PUBLICITY: '公示中',
  CLEARED: '公示通过',
  CONTESTED: '异议成立',
  FILED: '已备案',
};

/** How a column's values are written. */
export type ExportKind =
  /** Text as it is. */
  | 'text'
  /** An ISO instant → 'YYYY-MM-DD HH:mm:ss' in Asia/Shanghai. */
  | 'instant'
  /** A legal date 'YYYY-MM-DD' as it is. */
  | 'date'
  /** Integer fen → yuan with two decimals (a number formatted 0.00 in xlsx). */
  | 'money'
  /** A whole number. */
  | 'number';

export type ExportValue = string | number | null | undefined;

export interface ExportColumn<T> {
  /** 中文表头. */
  header: string;
  value: (row: T) => ExportValue;
  kind?: ExportKind;
  /** Code → 中文 label (status codes); a code without a label is written as it is. */
  labels?: Readonly<Record<string, string>>;
  /** Column width in characters (xlsx). */
  width?: number;
}

export interface ListExport<T> {
  /** The file's name without extension, in Chinese (e.g. '创新联合体组建名单'). */
  fileName: string;
  /** The worksheet's name (default: fileName, cut to Excel's 31 characters). */
  sheetName?: string;
  columns: readonly ExportColumn<T>[];
}

/** One page of the list handler's own query. */
export type PageFetcher<T> = (page: { page: number; pageSize: number }) => Promise<Pick<Page<T>, 'items'>>;

/** Integer fen → '1234.50' (exact: integer arithmetic, no binary fractions). */
export function yuanOf(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(fen));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** An ISO instant → '2026-02-27 00:00:00', the wall clock in Asia/Shanghai. */
export function shanghaiDateTime(instant: string | Date): string {
  return formatShanghaiIso(instant)
    .replace('T', ' ')
    .replace(/(\.\d+)?\+08:00$/, '');
}

/** The cell of one column as text (CSV, PDF) — what a reader sees. */
export function exportText<T>(column: ExportColumn<T>, row: T): string {
  const raw = column.value(row);
  if (raw === null || raw === undefined || raw === '') return '';
  switch (column.kind ?? 'text') {
    case 'instant':
      return shanghaiDateTime(String(raw));
    case 'money':
      return yuanOf(Number(raw));
    case 'number':
      return String(raw);
    case 'date':
    case 'text':
      return column.labels ? (column.labels[String(raw)] ?? String(raw)) : String(raw);
  }
}

function xlsxCell<T>(column: ExportColumn<T>, row: T): string | number | null {
  const raw = column.value(row);
  if (raw === null || raw === undefined || raw === '') return null;
  if (column.kind === 'money') return Math.trunc(Number(raw)) / 100;
  if (column.kind === 'number') return Number(raw);
  return exportText(column, row);
}

/**
 * Every row of the list, page after page of the handler's own query, in its order. `first` is page 1
 * when the caller already fetched it (so a refusal becomes a problem answer before any byte is sent).
 */
export async function* allRows<T>(fetchPage: PageFetcher<T>, first?: readonly T[]): AsyncGenerator<T> {
  const pageSize = LIST_LIMITS.maxPageSize;
  for (let page = 1; page <= LIST_LIMITS.maxPage; page++) {
    const items = page === 1 && first ? first : (await fetchPage({ page, pageSize })).items;
    yield* items;
    if (items.length < pageSize) return;
  }
}

/** A CSV field: quoted when it holds a comma, quote, or line break; a leading =+-@ is defused. */
function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** UTF-8 CSV with a BOM (so Excel reads Chinese), CRLF line ends, one header row. */
export function csvStream<T>(spec: ListExport<T>, rows: AsyncIterable<T>): Readable {
  async function* lines(): AsyncGenerator<string> {
    yield '\uFEFF' + spec.columns.map((c) => csvField(c.header)).join(',') + '\r\n';
    for await (const row of rows)
      yield spec.columns.map((c) => csvField(exportText(c, row))).join(',') + '\r\n';
  }
  return Readable.from(lines());
}

/** An .xlsx written with exceljs' streaming writer: each row is committed (and released) as it comes. */
export function xlsxStream<T>(spec: ListExport<T>, rows: AsyncIterable<T>): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet((spec.sheetName ?? spec.fileName).slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = spec.columns.map((c, i) => ({
    key: String(i),
    width: c.width ?? Math.max(10, c.header.length * 2 + 2),
    style: c.kind === 'money' ? { numFmt: '0.00' } : {},
  }));
  const header = sheet.addRow(spec.columns.map((c) => c.header));
  header.font = { bold: true };
  header.commit();
  void (async () => {
    for await (const row of rows) sheet.addRow(spec.columns.map((c) => xlsxCell(c, row))).commit();
    sheet.commit();
    await workbook.commit();
  })().catch((e: unknown) => out.destroy(e instanceof Error ? e : new Error(String(e))));
  return out;
}

/** `Content-Disposition: attachment` with an ASCII fallback and the Chinese name (RFC 5987 `filename*`). */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '') || 'export';
  const fallback = /^\.[a-z]+$/.test(ascii) ? `export${ascii}` : ascii;
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** A stream answered as a download. */
export function download(body: Readable, fileName: string, mediaType: string): StreamableFile {
  return new StreamableFile(body, { type: mediaType, disposition: attachmentDisposition(fileName) });
}

/**
 * The whole list as an .xlsx or .csv download, streamed page by page. Page 1 is read before the answer
 * starts, so a refusal (404, 400) is still a problem+json answer.
 */
export async function exportList<T>(
  format: ExportFormat,
  spec: ListExport<T>,
  fetchPage: PageFetcher<T>,
): Promise<StreamableFile> {
  const first = await fetchPage({ page: 1, pageSize: LIST_LIMITS.maxPageSize });
  const rows = allRows(fetchPage, first.items);
  const body = format === 'xlsx' ? xlsxStream(spec, rows) : csvStream(spec, rows);
  return download(body, `${spec.fileName}.${format}`, EXPORT_MEDIA_TYPES[format]);
}

/**
 * The list handler's answer: the JSON page when `q.format` is absent or `json`, else the whole list as
 * a file. `list` is the very query the JSON answer uses; an export pages through it.
 *
 *   return listOrExport(q, REGISTRY_EXPORT, (pq) => this.registry.list(pq));
 */
export function listOrExport<Q extends { page: number; pageSize: number; format?: string }, T>(
  q: Q,
  spec: ListExport<T>,
  list: (q: Q) => Promise<Page<T>>,
): Promise<Page<T> | StreamableFile> {
  if (q.format === 'xlsx' || q.format === 'csv') {
    return exportList(q.format, spec, (p) => list({ ...q, ...p }));
  }
  return list(q);
}
