import type { Writable } from 'node:stream';

/**
 * exceljs, typed by the few members this platform uses. Its own index.d.ts declares a global
 * `interface Buffer extends ArrayBuffer`, which breaks Node's `Buffer` typing in every file of a
 * program that imports it (a Buffer is no longer a BlobPart), so it is loaded without its types.
 */
export interface ExcelCell {
  value: unknown;
}
export interface ExcelRow {
  font: Record<string, unknown>;
  cellCount: number;
  getCell(index: number): ExcelCell;
  commit(): void;
}
export interface ExcelWorksheet {
  name: string;
  columns: Array<{ key?: string; width?: number; style?: Record<string, unknown> }>;
  addRow(values: unknown[]): ExcelRow;
  getRow(index: number): ExcelRow;
  eachRow(options: { includeEmpty: boolean }, fn: (row: ExcelRow, rowNumber: number) => void): void;
  commit(): void;
}
export interface ExcelWorkbookWriter {
  addWorksheet(name: string, options?: Record<string, unknown>): ExcelWorksheet;
  commit(): Promise<void>;
}
export interface ExcelWorkbook {
  worksheets: ExcelWorksheet[];
  addWorksheet(name: string, options?: Record<string, unknown>): ExcelWorksheet;
  xlsx: { load(data: ArrayBuffer | Buffer): Promise<unknown>; writeBuffer(): Promise<ArrayBuffer> };
}
interface ExcelJsModule {
  Workbook: new () => ExcelWorkbook;
  stream: {
    xlsx: {
      WorkbookWriter: new (options: {
        stream: Writable;
        useStyles?: boolean;
        useSharedStrings?: boolean;
      }) => ExcelWorkbookWriter;
    };
  };
}

export const ExcelJS = require('exceljs') as ExcelJsModule;
