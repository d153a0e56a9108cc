import type { ListExport } from '@lz/http';
import type { PanelScoreRow } from './city-review.schema';

/** `GET /city-reviews/:applicationId/scores?format=xlsx|csv` (officer): the panel's scores. */
export const PANEL_SCORES_EXPORT: ListExport<PanelScoreRow> = {
  fileName: '专家评分',
  columns: [
    { header: '申报编号', value: (r) => r.applicationId, width: 38 },
    { header: '创新联合体名称', value: (r) => r.consortiumName, width: 32 },
    { header: '专家序位', value: (r) => r.position + 1, kind: 'number' },
    { header: '专家姓名', value: (r) => r.expertName, width: 12 },
    { header: '工作单位', value: (r) => r.orgName ?? r.orgUscc, width: 28 },
    { header: '评审指标', value: (r) => r.criterionZh, width: 24 },
    { header: '满分', value: (r) => r.maxScore, kind: 'number' },
    { header: '得分', value: (r) => r.score, kind: 'number' },
    { header: '专家总分', value: (r) => r.expertTotal, kind: 'number' },
    { header: '评审意见', value: (r) => r.comment, width: 40 },
    { header: '评分时间', value: (r) => r.scoredAt, kind: 'instant', width: 20 },
    { header: '专家组平均分', value: (r) => r.aggregateMean, kind: 'number', width: 14 },
    { header: '已评分/应评分', value: (r) => `${r.aggregateScored}/${r.aggregateAssigned}`, width: 14 },
  ],
};
