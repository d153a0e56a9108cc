import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ATTACHMENT_CATEGORIES } from '@lz/policy';
import {
  attachmentPath,
  deleteAttachment,
  uploadAttachment,
  type ApplicationView,
  type Attachment,
  type AttachmentCategory,
} from '../../api/applications';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages.zh-CN';
import { Field } from '../../shared/Field';
import { StoredFiles } from '../../shared/StoredFiles';

export const categoryLabel = (c: AttachmentCategory): MessageKey => `wizard.category.${c}` as MessageKey;

/**
 * The attachments step: the category first, then files chosen or dropped, each sent with its progress
 * (libs/policy's limits checked before, the service's after); the stored sha256, a preview, delete.
 */
export function AttachmentsStep({ application }: { application: ApplicationView }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [category, setCategory] = useState<AttachmentCategory | ''>('');
  return (
    <>
      <p className="lz-lead">{t('wizard.attachments.lead')}</p>
      <StoredFiles<Attachment>
        id="f-attachments"
        caption={t('wizard.attachments.list')}
        files={application.attachments}
        downloadPath={(a) => attachmentPath(application.id, a.id)}
        columns={[
          {
            key: 'category',
            title: t('wizard.attachments.category'),
            render: (a) => t(categoryLabel(a.category)),
          },
        ]}
        precondition={() => (category ? null : t('wizard.attachments.chooseCategory'))}
        upload={(file, onProgress) =>
          uploadAttachment(application.id, category as AttachmentCategory, file, onProgress)
        }
        remove={(a) => deleteAttachment(application.id, a.id)}
        onChanged={() => void client.invalidateQueries({ queryKey: ['application', application.id] })}
      >
        <Field id="f-attachments-category" label={t('wizard.attachments.category')} required>
          {(a11y) => (
            <select
              {...a11y}
              className="lz-select"
              value={category}
              onChange={(e) => setCategory(e.target.value as AttachmentCategory)}
            >
              <option value="">{t('wizard.choose')}</option>
              {ATTACHMENT_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(categoryLabel(c))}
                </option>
              ))}
            </select>
          )}
        </Field>
      </StoredFiles>
    </>
  );
}
