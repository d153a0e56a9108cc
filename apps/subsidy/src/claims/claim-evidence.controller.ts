import { evidenceController } from '@lz/evidence';
import { ClaimEvidenceService } from './claim-evidence.service';

/** The evidence of a claim (docs/API.md "subsidy", docs/SPEC.md C.3): multipart upload, verified download. */
export const ClaimEvidenceController = evidenceController({
  name: 'ClaimEvidenceController',
  path: 'claims/:id/evidence',
  port: ClaimEvidenceService,
  upload: {
    roles: ['applicant'],
    zh: '上传后补助佐证材料(multipart)',
    en: 'Upload evidence for a draft claim (multipart, field "file")',
    notes:
      '仅牵头单位,仅在草稿状态;文件类型按内容判定。 · The lead unit only, while the claim is a DRAFT; the media type is decided from the bytes.',
  },
  download: {
    roles: ['applicant', 'officer'],
    zh: '下载佐证材料(按 sha256 校验)',
    en: 'Download a piece of evidence, verified against its sha256',
  },
});
