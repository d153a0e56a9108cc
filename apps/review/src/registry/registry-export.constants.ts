import { chineseDate, JURISDICTION_LABELS, type ListExport } from '@lz/http';
import type { ConsortiumView } from './registry.schema';

export const CONSORTIUM_STATUS_LABELS = { ACTIVE: '在库', DELISTED: '已移出' } as const;

/** `GET /registry?format=xlsx|csv` (组建名单): one row per filed consortium, in the list's order. */
export const REGISTRY_EXPORT: ListExport<ConsortiumView> = {
  fileName: '创新联合体组建名单',
  columns: [
    { header: '备案编号', value: (c) => c.filingNumber, width: 16 },
    { header: '创新联合体名称', value: (c) => c.name, width: 36 },
    { header: '领域', value: (c) => c.field, width: 16 },
    { header: '所属区县（园区）', value: (c) => c.jurisdictionCode, labels: JURISDICTION_LABELS, width: 18 },
    { header: '牵头单位', value: (c) => c.lead.name, width: 30 },
    { header: '牵头单位统一社会信用代码', value: (c) => c.lead.uscc, width: 22 },
    { header: '成员单位', value: (c) => c.members.map((m) => m.name).join('、'), width: 48 },
    { header: '备案日期', value: (c) => c.filedOn, kind: 'date', width: 12 },
    { header: '备案时间', value: (c) => c.filedAt, kind: 'instant', width: 20 },
    { header: '状态', value: (c) => c.status, labels: CONSORTIUM_STATUS_LABELS, width: 8 },
    { header: '移出时间', value: (c) => c.delistedAt, kind: 'instant', width: 20 },
  ],
};

/** `GET /registry?format=pdf`: the 组建名单 printed as the Bureau's notice, the same rows as the list. */
export function registryPrintout(date: string) {
  const columns = REGISTRY_EXPORT.columns.filter((c) =>
    ['备案编号', '创新联合体名称', '领域', '所属区县（园区）', '牵头单位', '备案日期', '状态'].includes(
      c.header,
    ),
  );
  return {
    fileName: '创新联合体组建名单',
    title: '泸州市创新联合体组建名单',
    columns,
    date,
    body: (rows: readonly ConsortiumView[]) => [
      `经申报、区县（园区）初审、市级评审、公示无异议，以下创新联合体予以备案。截至${chineseDate(date)}，名单共${rows.length}家，现予公布。`,
    ],
  };
}
