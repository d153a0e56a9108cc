import { APPLICATION_STATUSES, JURISDICTION_CODES, type ApplicationStatus } from '@lz/policy';

/** The statuses an officer sees (drafts are the applicant's alone), in the order of the procedure. */
export const OVERVIEW_STATUSES = APPLICATION_STATUSES.filter(
  (s): s is Exclude<ApplicationStatus, 'DRAFT'> => s !== 'DRAFT',
);

export interface CountCell {
  jurisdictionCode: string;
  status: ApplicationStatus;
  count: number;
}

export interface MatrixRow {
  jurisdictionCode: string;
  counts: Record<string, number>;
  total: number;
}

/**
 * The cells as a table: every jurisdiction of the city (a row of zeros too: 没有申报 is a fact the
 * Bureau reads), then any other code the cells name; each row's and each column's total.
 */
export function overviewMatrix(cells: readonly CountCell[]): {
  rows: MatrixRow[];
  columnTotals: Record<string, number>;
  total: number;
} {
  const codes: string[] = [...JURISDICTION_CODES];
  for (const c of cells) if (!codes.includes(c.jurisdictionCode)) codes.push(c.jurisdictionCode);
  const rows = codes.map((jurisdictionCode): MatrixRow => ({ jurisdictionCode, counts: {}, total: 0 }));
  const columnTotals: Record<string, number> = {};
  let total = 0;
  for (const c of cells) {
    const row = rows[codes.indexOf(c.jurisdictionCode)];
    row.counts[c.status] = (row.counts[c.status] ?? 0) + c.count;
    row.total += c.count;
    columnTotals[c.status] = (columnTotals[c.status] ?? 0) + c.count;
    total += c.count;
  }
  return { rows, columnTotals, total };
}
