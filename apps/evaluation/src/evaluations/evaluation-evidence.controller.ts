import { evidenceController } from '@lz/evidence';
import { EvaluationEvidenceService } from './evaluation-evidence.service';

/** The evidence of an evaluation (docs/API.md "evaluation", docs/SPEC.md 5.2a): multipart upload, verified download. */
export const EvaluationEvidenceController = evidenceController({
  name: 'EvaluationEvidenceController',
  path: 'evaluations/:id/evidence',
  port: EvaluationEvidenceService,
  upload: {
    roles: ['applicant'],
    zh: '上传评估佐证材料(multipart)',
    en: 'Upload evidence for an evaluation while its window is open (multipart, field "file")',
    notes:
      '仅牵头单位,评估期内、提交报告前;文件类型按内容判定。 · The lead unit only, while the window is open and before the report; the media type is decided from the bytes.',
  },
  download: {
    roles: ['applicant', 'evaluator', 'officer'],
    zh: '下载评估佐证材料(按 sha256 校验)',
    en: 'Download a piece of evaluation evidence, verified against its sha256',
  },
});
