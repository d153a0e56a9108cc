import { APPLICATION_STATUS_LABELS, JURISDICTION_LABELS, type ListExport } from '@lz/http';
import type { QueueItem } from './preliminary.schema';

/** `GET /preliminary-reviews?format=xlsx|csv`: the caller's jurisdiction's queue (or decisions), in its order. */
export const PRELIMINARY_QUEUE_EXPORT: ListExport<QueueItem> = {
  fileName: '初审申报',
  columns: [
    { header: '申报编号', value: (c) => c.applicationId, width: 38 },
    { header: '创新联合体名称', value: (c) => c.name, width: 36 },
    { header: '领域', value: (c) => c.field, width: 16 },
    { header: '所属区县（园区）', value: (c) => c.jurisdictionCode, labels: JURISDICTION_LABELS, width: 18 },
    { header: '牵头单位', value: (c) => c.leadName, width: 30 },
    { header: '牵头单位统一社会信用代码', value: (c) => c.leadUscc, width: 22 },
    { header: '成员单位', value: (c) => c.members.map((m) => m.name).join('、'), width: 48 },
    { header: '提交版本', value: (c) => c.revision, kind: 'number' },
    { header: '提交时间', value: (c) => c.submittedAt, kind: 'instant', width: 20 },
    { header: '状态', value: (c) => c.status, labels: APPLICATION_STATUS_LABELS, width: 12 },
  ],
};
