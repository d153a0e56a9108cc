import { existsSync } from 'node:fs';
import { StreamableFile } from '@nestjs/common';
import {
  allRows,
  attachmentDisposition,
  exportText,
  EXPORT_MEDIA_TYPES,
  type ExportColumn,
  type PageFetcher,
} from './list-export';

/**
 * Printouts (`format=pdf`): a list laid out as a government notice — title, body paragraphs (the
 * counting rule and the end instant for a publicity notice), the items table, the issuing office and
 * the date — with an embedded CJK TrueType font (pdfmake 0.3 / pdfkit).
 *
 * The font: `PDF_CJK_FONT` (a .ttf/.ttc path, `path#PostScriptName` to pick a face of a collection),
 * else the first of CJK_FONT_CANDIDATES on the machine (Debian fonts-wqy-microhei first: Noto CJK's
 * CFF outlines lose characters in pdfkit, docs/TOOLCHAIN.md).
 */
/**
 * pdfmake (server build), typed by the members used here: @types/pdfmake pulls `lib.dom` into every
 * program that imports it, which retypes Blob and breaks Node's Buffer typing elsewhere.
 */
type Content = Record<string, unknown>;
type TDocumentDefinitions = Record<string, unknown>;
interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string | string[]>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Uint8Array> };
}
const pdfmake = require('pdfmake') as PdfMake;

export const CJK_FONT_CANDIDATES = [
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc#WenQuanYiMicroHei',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc#WenQuanYiZenHei',
  '/usr/share/fonts/truetype/arphic/uming.ttc#AR PL UMing CN',
] as const;

/** The issuing office printed at the foot of the Bureau's notices. */
export const ISSUING_OFFICE = '泸州市科学技术局';

export class CjkFontMissingError extends Error {
  override readonly name = 'CjkFontMissingError';
}

/** The font file (and face) printouts embed; throws saying how to install one when none is found. */
export function resolveCjkFont(env: NodeJS.ProcessEnv = process.env): { file: string; face?: string } {
  const configured = env.PDF_CJK_FONT?.trim();
  const candidates = configured ? [configured] : CJK_FONT_CANDIDATES;
  for (const candidate of candidates) {
    const [file, face] = candidate.split('#');
    if (existsSync(file)) return { file, face: face || undefined };
  }
  throw new CjkFontMissingError(
    configured
      ? `PDF_CJK_FONT is ${JSON.stringify(configured)}, which does not exist — set it to a TrueType CJK font (.ttf/.ttc[#face])`
      : `No CJK font for printouts in ${CJK_FONT_CANDIDATES.join(', ')} — apt-get install fonts-wqy-microhei or set PDF_CJK_FONT`,
  );
}

let fontsReady = false;
function ensureFonts(): void {
  if (fontsReady) return;
  const { file, face } = resolveCjkFont();
  const source = face ? [file, face] : file;
  pdfmake.setFonts({ CJK: { normal: source, bold: source, italics: source, bolditalics: source } });
  pdfmake.setUrlAccessPolicy(() => false); // a printout never fetches anything
  pdfmake.setLocalAccessPolicy((path: string) => path === file);
  fontsReady = true;
}

export interface PrintedNotice<T> {
  /** The file's name without extension (Chinese). */
  fileName: string;
  title: string;
  /** Paragraphs before the table, each indented two characters. */
  body: readonly string[];
  columns: readonly ExportColumn<T>[];
  rows: readonly T[];
  /** Paragraphs after the table (e.g. how to object). */
  closing?: readonly string[];
  /** Default ISSUING_OFFICE. */
  office?: string;
  /** The notice's date 'YYYY-MM-DD' (Asia/Shanghai), printed 2026年12月3日. */
  date: string;
}

/** 'YYYY-MM-DD' → '2026年12月3日', as a notice is dated. */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** Table widths in points, shared out by the columns' widths (characters; default 10). */
function columnWidths<T>(columns: readonly ExportColumn<T>[], available: number): number[] {
  const weights = columns.map((c) => c.width ?? 10);
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((available * w) / sum) - 9); // 9 = cell padding and rules
}

export function noticeDocument<T>(notice: PrintedNotice<T>): TDocumentDefinitions {
  const paragraph = (text: string): Content => ({
    text,
    leadingIndent: 22,
    margin: [0, 0, 0, 6],
    lineHeight: 1.4,
  });
  const header = notice.columns.map((c) => ({ text: c.header, style: 'th' }));
  const body = notice.rows.map((row) => notice.columns.map((c) => ({ text: exportText(c, row) })));
  const landscape = notice.columns.length > 5;
  return {
    pageSize: 'A4',
    pageOrientation: landscape ? 'landscape' : 'portrait',
    pageMargins: [56, 64, 56, 64],
    info: { title: notice.title, author: notice.office ?? ISSUING_OFFICE },
    defaultStyle: { font: 'CJK', fontSize: 11 },
    styles: {
      title: { fontSize: 18, bold: true, alignment: 'center', margin: [0, 0, 0, 18] },
      th: { bold: true, fillColor: '#eeeeee', alignment: 'center' },
      table: { fontSize: 9, margin: [0, 6, 0, 12] },
      sign: { alignment: 'right', margin: [0, 2, 0, 0] },
    },
    footer: (current: number, total: number) => ({
      text: `第 ${current} 页 共 ${total} 页`,
      alignment: 'center',
      fontSize: 9,
      margin: [0, 24, 0, 0],
    }),
    content: [
      { text: notice.title, style: 'title' },
      ...notice.body.map(paragraph),
      {
        style: 'table',
        table: {
          headerRows: 1,
          widths: columnWidths(notice.columns, landscape ? 842 - 112 : 595 - 112),
          body: [header, ...body],
        },
        layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5 },
      },
      ...(notice.closing ?? []).map(paragraph),
      { text: notice.office ?? ISSUING_OFFICE, style: 'sign', margin: [0, 24, 0, 0] },
      { text: chineseDate(notice.date), style: 'sign' },
    ],
  };
}

/** The notice as PDF bytes. */
export async function printNoticeBuffer<T>(notice: PrintedNotice<T>): Promise<Buffer> {
  ensureFonts();
  const pdf = pdfmake.createPdf(noticeDocument(notice));
  return Buffer.from(await pdf.getBuffer());
}

/** The notice answered as a PDF download with its Chinese file name. */
export async function printNotice<T>(notice: PrintedNotice<T>): Promise<StreamableFile> {
  const bytes = await printNoticeBuffer(notice);
  return new StreamableFile(bytes, {
    type: EXPORT_MEDIA_TYPES.pdf,
    disposition: attachmentDisposition(`${notice.fileName}.pdf`),
    length: bytes.length,
  });
}

/** Every row of a list (paged through the handler's own query) printed as a notice. */
export async function printList<T>(
  notice: Omit<PrintedNotice<T>, 'rows' | 'body'> & { body: (rows: readonly T[]) => readonly string[] },
  fetchPage: PageFetcher<T>,
): Promise<StreamableFile> {
  const rows: T[] = [];
  for await (const row of allRows(fetchPage)) rows.push(row);
  return printNotice({ ...notice, rows, body: notice.body(rows) });
}
