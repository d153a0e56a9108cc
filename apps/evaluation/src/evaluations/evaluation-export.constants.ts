import type { ListExport } from '@lz/http';
import type { EvaluationView } from './evaluations.schema';

export const EVALUATION_STATUS_LABELS = {
  SCHEDULED: '未开始',
  OPEN: '待提交报告',
  SUBMITTED: '待评估',
  OVERDUE: '逾期未提交',
  GRADED: '已评估',
  CANCELLED: '已取消',
} as const;

export const EVALUATION_GRADE_LABELS = {
  EXCELLENT: '优秀',
  GOOD: '良好',
  QUALIFIED: '合格',
  UNQUALIFIED: '不合格',
} as const;

/** `GET /evaluations?format=xlsx|csv`: the caller's evaluations, in the list's order. */
export const EVALUATIONS_EXPORT: ListExport<EvaluationView> = {
  fileName: '创新联合体评估',
  columns: [
    { header: '评估编号', value: (e) => e.id, width: 38 },
    { header: '创新联合体编号', value: (e) => e.consortiumId, width: 38 },
    { header: '评估周期', value: (e) => e.cycle, kind: 'number' },
    { header: '开始日期', value: (e) => e.opensOn, kind: 'date', width: 12 },
    { header: '截止日期', value: (e) => e.dueOn, kind: 'date', width: 12 },
    { header: '状态', value: (e) => e.status, labels: EVALUATION_STATUS_LABELS, width: 12 },
    { header: '评估机构统一社会信用代码', value: (e) => e.evaluatorOrgUscc, width: 22 },
    { header: '报告提交时间', value: (e) => e.report?.submittedAt, kind: 'instant', width: 20 },
    { header: '评估等次', value: (e) => e.result?.grade, labels: EVALUATION_GRADE_LABELS, width: 10 },
    { header: '连续不合格次数', value: (e) => e.result?.consecutiveFailures, kind: 'number' },
    { header: '评估时间', value: (e) => e.result?.gradedAt, kind: 'instant', width: 20 },
    { header: '评估意见', value: (e) => e.result?.comment, width: 40 },
  ],
};
