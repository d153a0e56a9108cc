import { shanghaiDateTime, type ListExport } from '@lz/http';
import type { ClaimView } from './claims.schema';

export const CLAIM_STATUS_LABELS = {
  DRAFT: '草稿',
  PENDING: '待审核',
  GRANTED: '已兑现',
  REJECTED: '不予支持',
  STOPPED: '已停止',
} as const;

/** 第四条's categories (docs/SPEC.md §4) as the measures name them. */
export const CLAIM_CATEGORY_LABELS = {
  COOPERATION: '校地院企科技合作专项',
  OPEN_COMPETITION: '揭榜挂帅项目',
  PILOT_PLATFORM: '中试熟化平台',
  TRANSFORMATION_PROJECT: '成果转化项目',
  INCUBATION: '科技型企业培育',
  TALENT: '高层次人才计划',
  FINANCE: '科技金融',
} as const;

const GRADE_LABELS: Record<string, string> = {
  EXCELLENT: '优秀',
  GOOD: '良好',
  QUALIFIED: '合格',
  UNQUALIFIED: '不合格',
};

/** `GET /claims?format=xlsx|csv`: the caller's claims, in the list's order; amounts in yuan. */
export const CLAIMS_EXPORT: ListExport<ClaimView> = {
  fileName: '后补助申请',
  columns: [
    { header: '申请编号', value: (c) => c.id, width: 38 },
    { header: '创新联合体编号', value: (c) => c.consortiumId, width: 38 },
    { header: '支持类别', value: (c) => c.category, labels: CLAIM_CATEGORY_LABELS, width: 20 },
    { header: '条款', value: (c) => c.rule, width: 8 },
    { header: '平台/项目名称', value: (c) => c.subject.name, width: 30 },
    { header: '平台/项目编号', value: (c) => c.subject.ref, width: 18 },
    { header: '申请金额（元）', value: (c) => c.amountFen, kind: 'money', width: 16 },
    { header: '核定金额（元）', value: (c) => c.grantedFen, kind: 'money', width: 16 },
    { header: '预算年度', value: (c) => c.budgetYear, kind: 'number' },
    { header: '状态', value: (c) => c.status, labels: CLAIM_STATUS_LABELS, width: 10 },
    {
      header: '最近评估',
      value: (c) =>
        c.latestEvaluation
          ? `第${c.latestEvaluation.cycle}次 ${GRADE_LABELS[c.latestEvaluation.grade] ?? c.latestEvaluation.grade}（${shanghaiDateTime(c.latestEvaluation.recordedAt).slice(0, 10)}）`
          : null,
      width: 24,
    },
    { header: '提交时间', value: (c) => c.submittedAt, kind: 'instant', width: 20 },
    { header: '决定时间', value: (c) => c.decidedAt, kind: 'instant', width: 20 },
    { header: '审核意见', value: (c) => c.opinion, width: 40 },
  ],
};
