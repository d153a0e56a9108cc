import { shanghaiDateOf } from '@lz/calendar';
import { shanghaiDateTime, type ListExport, type PrintedNotice } from '@lz/http';
import type { NoticeView } from './notices.schema';

type NoticeItem = NoticeView['items'][number];

export const NOTICE_ITEM_STATUS_LABELS = {
  IN_PUBLICITY: '公示中',
  AWAITING_RESOLUTION: '异议待处理',
  CLEARED: '公示无异议',
  CONTESTED: '异议成立',
} as const;

/** `GET /notices/:id?format=xlsx|csv`: the notice's items, in the notice's order. */
export const NOTICE_ITEMS_EXPORT: ListExport<NoticeItem> = {
  fileName: '公示项目',
  columns: [
    { header: '创新联合体名称', value: (i) => i.name, width: 36 },
    { header: '领域', value: (i) => i.field, width: 16 },
    { header: '牵头单位', value: (i) => i.leadName, width: 30 },
    { header: '牵头单位统一社会信用代码', value: (i) => i.leadUscc, width: 22 },
    { header: '状态', value: (i) => i.status, labels: NOTICE_ITEM_STATUS_LABELS, width: 12 },
    { header: '待处理异议', value: (i) => i.objections.pending, kind: 'number' },
    { header: '成立异议', value: (i) => i.objections.upheld, kind: 'number' },
    { header: '不成立异议', value: (i) => i.objections.dismissed, kind: 'number' },
  ],
};

/** The printed notice (`format=pdf`): title, counting rule and end instant, the items, office and date. */
export function noticePrintout(notice: NoticeView): PrintedNotice<NoticeItem> {
  const numbered = notice.items.map((item, i) => ({ ...item, seq: i + 1 }));
  return {
    fileName: notice.title,
    title: notice.title,
    body: [
      `经区县（园区）初审、市级专家评审，拟对以下${notice.items.length}个创新联合体予以备案，现予以公示。`,
      notice.period.textZh,
      `公示期截止时间：${shanghaiDateTime(notice.endsAt)}（北京时间）。`,
    ],
    columns: [
      { header: '序号', value: (i) => (i as NoticeItem & { seq: number }).seq, kind: 'number', width: 5 },
      ...NOTICE_ITEMS_EXPORT.columns.slice(0, 4),
    ],
    rows: numbered,
    closing: [notice.howToObject.textZh],
    date: shanghaiDateOf(notice.publishedAt),
  };
}
