import { APPLICATION_STATUS_LABELS, JURISDICTION_LABELS, type ListExport } from '@lz/http';
import type { ApplicationView } from './applications.schema';

type Named = { name?: unknown };
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const lead = (a: ApplicationView) => (a.document.lead ?? {}) as Named;
const members = (a: ApplicationView) =>
  Array.isArray(a.document.members) ? (a.document.members as Named[]) : [];

/** `GET /applications?format=xlsx|csv` (e.g. a call's applications for the officer), in the list's order. */
export const APPLICATIONS_EXPORT: ListExport<ApplicationView> = {
  fileName: '申报书',
  columns: [
    { header: '申报编号', value: (a) => a.id, width: 38 },
    { header: '申报通知编号', value: (a) => a.callId, width: 38 },
    { header: '创新联合体名称', value: (a) => text(a.document.name), width: 36 },
    { header: '领域', value: (a) => text(a.document.field), width: 16 },
    { header: '所属区县（园区）', value: (a) => a.jurisdictionCode, labels: JURISDICTION_LABELS, width: 18 },
    { header: '牵头单位', value: (a) => text(lead(a).name), width: 30 },
    { header: '牵头单位统一社会信用代码', value: (a) => a.leadUscc, width: 22 },
    {
      header: '成员单位',
      value: (a) =>
        members(a)
          .map((m) => text(m.name) ?? '')
          .join('、'),
      width: 48,
    },
    { header: '状态', value: (a) => a.status, labels: APPLICATION_STATUS_LABELS, width: 12 },
    { header: '提交版本', value: (a) => a.revision, kind: 'number' },
    { header: '提交时间', value: (a) => a.submittedAt, kind: 'instant', width: 20 },
    { header: '创建时间', value: (a) => a.createdAt, kind: 'instant', width: 20 },
    { header: '更新时间', value: (a) => a.updatedAt, kind: 'instant', width: 20 },
  ],
};
