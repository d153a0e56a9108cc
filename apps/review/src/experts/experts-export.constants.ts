import type { ExportColumn, ListExport } from '@lz/http';
import type { ExpertStatus } from '@lz/policy';
import type { ExpertView } from './experts.schema';

/** An expert's status as the pool's file and the portal show it. */
export const EXPERT_STATUS_LABELS: Readonly<Record<ExpertStatus, string>> = {
  ACTIVE: '在库',
  RETIRED: '已退出',
};

/** The separator of the fields in one cell (`白酒酿造、食品工程`); an import also takes , ， ; ； and line breaks. */
export const EXPERT_FIELDS_SEPARATOR = '、';

/** What a column of the pool's file holds; `null` for the columns an import reads but does not write. */
export type ExpertColumnKey = 'id' | 'name' | 'orgName' | 'orgUscc' | 'fields' | 'title' | 'phone' | 'email';

interface ExpertColumn extends ExportColumn<ExpertView> {
  /** The body field an import fills from this column; `null`: shown in the export, ignored on import. */
  key: ExpertColumnKey | null;
}

/**
 * The pool's file (`GET /experts?format=xlsx|csv`) and what `POST /experts/import` reads: the same
 * columns, recognised by their Chinese header, so an exported file, edited, imports back.
 */
export const EXPERT_COLUMNS: readonly ExpertColumn[] = [
  { key: 'id', header: '专家编号', value: (e) => e.id, width: 38 },
  { key: 'name', header: '姓名', value: (e) => e.name, width: 12 },
  { key: 'orgName', header: '工作单位', value: (e) => e.orgName, width: 30 },
  { key: 'orgUscc', header: '单位统一社会信用代码', value: (e) => e.orgUscc, width: 22 },
  { key: 'fields', header: '专业领域', value: (e) => e.fields.join(EXPERT_FIELDS_SEPARATOR), width: 28 },
  { key: 'title', header: '职称', value: (e) => e.title, width: 14 },
  { key: 'phone', header: '联系电话', value: (e) => e.phone, width: 16 },
  { key: 'email', header: '电子邮箱', value: (e) => e.email, width: 26 },
  { key: null, header: '状态', value: (e) => e.status, labels: EXPERT_STATUS_LABELS, width: 10 },
  { key: null, header: '登记时间', value: (e) => e.createdAt, kind: 'instant', width: 20 },
];

/** `GET /experts?format=xlsx|csv` (officer): the pool, filtered and ordered as the list. */
export const EXPERT_POOL_EXPORT: ListExport<ExpertView> = {
  fileName: '评审专家库',
  columns: EXPERT_COLUMNS,
};
