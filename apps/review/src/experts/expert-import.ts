import { ExcelJS, type ProblemError } from '@lz/http';
import { expertBodySchema, issueToProblemError, uuidSchema, type ExpertBody } from '@lz/policy';
import { EXPERT_IMPORT_MAX_ERRORS, EXPERT_IMPORT_MAX_ROWS } from './expert-import.constants';
import { EXPERT_COLUMNS, type ExpertColumnKey } from './experts-export.constants';

/** One data row of the sheet: its spreadsheet row number and its cells as text, by column (1-based). */
export interface SheetRow {
  row: number;
  cells: string[];
}

/** A sheet as text: the header row (row 1) and the data rows below it. */
export interface SheetText {
  header: string[];
  rows: SheetRow[];
}

/** One valid row: the expert it names by id (an exported file) or none (matched on the natural key). */
export interface ImportRow {
  row: number;
  id: string | null;
  body: ExpertBody;
}

/** The natural key of an expert: the organisation's USCC with the name (docs/API.md "review"). */
export const naturalKey = (e: { orgUscc: string; name: string }) => `${e.orgUscc}\u0000${e.name}`;

/** What a cell shows, as text: rich text joined, a hyperlink's text, a formula's result. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown };
    if (Array.isArray(v.richText))
      return v.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if (v.text !== undefined) return cellText(v.text);
    if (v.result !== undefined) return cellText(v.result);
  }
  return '';
}

const fileProblem = (message: string, messageZh: string): ProblemError => ({
  rule: 'expert-import.file',
  path: 'file',
  message,
  messageZh,
});

/** The first worksheet of an .xlsx as text; a problem when the bytes are not a readable workbook. */
export async function readSheet(bytes: Buffer): Promise<SheetText | ProblemError> {
  const notXlsx = fileProblem(
    'The file is not an Excel workbook (.xlsx); download the pool as Excel, fill it in and upload it.',
    '文件不是 Excel 工作簿(.xlsx);请先导出专家库 Excel,按其格式填写后上传。',
  );
  // An .xlsx is a zip archive: PK\x03\x04.
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) return notXlsx;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch {
    return notXlsx;
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return fileProblem('The workbook has no worksheet.', '工作簿中没有工作表。');
  const width = sheet.getRow(1).cellCount;
  const header: string[] = [];
  for (let i = 1; i <= width; i++) header.push(cellText(sheet.getRow(1).getCell(i).value));
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (r, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: string[] = [];
    for (let i = 1; i <= width; i++) cells.push(cellText(r.getCell(i).value));
    if (cells.some((c) => c !== '')) rows.push({ row: rowNumber, cells });
  });
  return { header, rows };
}

const COLUMN_BY_HEADER = new Map(EXPERT_COLUMNS.map((c) => [c.header, c]));
const REQUIRED: readonly ExpertColumnKey[] = ['name', 'orgUscc', 'fields'];

function cellProblem(row: number, header: string, e: ProblemError): ProblemError {
  const key = COLUMN_BY_HEADER.get(header)?.key ?? header;
  return {
    rule: e.rule,
    path: `rows[${row}].${key}`,
    message: `Row ${row}, column ${header}: ${e.message}`,
    messageZh: `第 ${row} 行「${header}」:${e.messageZh}`,
  };
}

/** `白酒酿造、食品工程` → ['白酒酿造', '食品工程'] (also , ， ; ； and line breaks; repeats dropped). */
export function splitFields(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[、,，;；\r\n]+/)
        .map((f) => f.trim())
        .filter((f) => f !== ''),
    ),
  ];
}

/**
 * The rows of the sheet checked one by one against the body of `POST /experts` (and the file's own
 * rules: known columns, required columns present, a row count, no expert twice). Every error names
 * its row and column and the rule, in English and Chinese; with any error, no row is returned.
 */
export function parseExpertRows(sheet: SheetText): { rows: ImportRow[] } | { errors: ProblemError[] } {
  const errors: ProblemError[] = [];
  const index = new Map<ExpertColumnKey, number>();
  sheet.header.forEach((h, i) => {
    if (h === '') return;
    const column = COLUMN_BY_HEADER.get(h);
    if (!column) {
      errors.push({
        rule: 'expert-import.column',
        path: `columns[${i + 1}]`,
        message: `Row 1, column ${i + 1}: "${h}" is not a column of the expert pool (${EXPERT_COLUMNS.map((c) => c.header).join(', ')})`,
        messageZh: `第 1 行第 ${i + 1} 列「${h}」不是专家库的列(可用列:${EXPERT_COLUMNS.map((c) => c.header).join('、')})`,
      });
    } else if (column.key && index.has(column.key)) {
      errors.push({
        rule: 'expert-import.column',
        path: `columns[${i + 1}]`,
        message: `Row 1: the column ${h} appears twice`,
        messageZh: `第 1 行:「${h}」列重复`,
      });
    } else if (column.key) index.set(column.key, i);
  });
  for (const key of REQUIRED) {
    if (index.has(key)) continue;
    const header = EXPERT_COLUMNS.find((c) => c.key === key)?.header ?? key;
    errors.push({
      rule: 'expert-import.column',
      path: `columns.${key}`,
      message: `Row 1: the column ${header} is missing`,
      messageZh: `第 1 行缺少「${header}」列`,
    });
  }
  if (errors.length > 0) return { errors };
  if (sheet.rows.length === 0) {
    return {
      errors: [
        {
          rule: 'expert-import.rows',
          path: 'rows',
          message: 'The sheet has no expert below its header row',
          messageZh: '表中表头以下没有专家数据',
        },
      ],
    };
  }
  if (sheet.rows.length > EXPERT_IMPORT_MAX_ROWS) {
    return {
      errors: [
        {
          rule: 'expert-import.rows',
          path: 'rows',
          message: `At most ${EXPERT_IMPORT_MAX_ROWS} experts per file (this one has ${sheet.rows.length}); split it`,
          messageZh: `每个文件最多 ${EXPERT_IMPORT_MAX_ROWS} 名专家(本文件 ${sheet.rows.length} 名),请分批导入`,
        },
      ],
    };
  }
  const headerOf = (key: ExpertColumnKey) => sheet.header[index.get(key) ?? -1] ?? key;
  const rows: ImportRow[] = [];
  const seenKey = new Map<string, number>();
  const seenId = new Map<string, number>();
  for (const r of sheet.rows) {
    const text = (key: ExpertColumnKey) => {
      const i = index.get(key);
      return i === undefined ? '' : (r.cells[i] ?? '');
    };
    const optional = (key: ExpertColumnKey) => (index.has(key) ? text(key) || null : undefined);
    const candidate = {
      name: text('name'),
      orgUscc: text('orgUscc').toUpperCase(),
      fields: splitFields(text('fields')),
      orgName: optional('orgName'),
      title: optional('title'),
      phone: optional('phone'),
      email: optional('email'),
    };
    const before = errors.length;
    const parsed = expertBodySchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] as ExpertColumnKey;
        for (const e of issueToProblemError({ ...issue, path: [] }))
          errors.push(cellProblem(r.row, headerOf(key), e));
      }
    }
    const idText = text('id');
    if (idText !== '' && !uuidSchema.safeParse(idText).success) {
      errors.push(
        cellProblem(r.row, headerOf('id'), {
          rule: 'expert-import.id',
          path: '',
          message: 'must be the expert number of an exported file, or left empty for a new expert',
          messageZh: '应为导出文件中的专家编号;新专家请留空',
        }),
      );
    }
    if (idText !== '') {
      const first = seenId.get(idText);
      if (first !== undefined) {
        errors.push(
          cellProblem(r.row, headerOf('id'), {
            rule: 'expert-import.duplicate',
            path: '',
            message: `the same expert as row ${first}`,
            messageZh: `与第 ${first} 行是同一名专家`,
          }),
        );
      } else seenId.set(idText, r.row);
    }
    if (parsed.success) {
      const key = naturalKey(parsed.data);
      const first = seenKey.get(key);
      if (first !== undefined) {
        errors.push(
          cellProblem(r.row, headerOf('name'), {
            rule: 'expert-import.duplicate',
            path: '',
            message: `the same name and organisation USCC as row ${first}`,
            messageZh: `姓名和单位统一社会信用代码与第 ${first} 行相同`,
          }),
        );
      } else seenKey.set(key, r.row);
    }
    if (errors.length === before && parsed.success)
      rows.push({ row: r.row, id: idText || null, body: parsed.data });
    if (errors.length >= EXPERT_IMPORT_MAX_ERRORS) break;
  }
  return errors.length > 0 ? { errors: errors.slice(0, EXPERT_IMPORT_MAX_ERRORS) } : { rows };
}
