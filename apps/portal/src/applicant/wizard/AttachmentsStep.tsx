import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { useRef, useState } from 'react';
import { ATTACHMENT_CATEGORIES } from '@lz/policy';
import {
  uploadAttachment,
  type ApplicationView,
  type Attachment,
  type AttachmentCategory,
} from '../../api/applications';
import { ApiError } from '../../api/http';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages.zh-CN';
import { DataTable } from '../../shared/DataTable';
import { Field } from '../../shared/Field';
import { formatInstant } from '../../shared/format';

/**
 * What libs/evidence accepts (its media-type sniffing and EVIDENCE_MAX_BYTES), checked in the browser
 * before the upload so a wrong file is refused at once; the service checks the bytes again.
 */
export const UPLOAD_MAX_BYTES = 10 * 1024 * 1024;
export const UPLOAD_EXTENSIONS = [
  'pdf',
  'png',
  'jpg',
  'jpeg',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'ppt',
  'pptx',
  'zip',
];

export const categoryLabel = (c: AttachmentCategory): MessageKey => `wizard.category.${c}` as MessageKey;

function sizeText(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function AttachmentsStep({ application }: { application: ApplicationView }) {
  const { t, locale } = useI18n();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [category, setCategory] = useState<AttachmentCategory | ''>('');
  const [error, setError] = useState<{ category?: string; file?: string; general?: string }>({});
  const upload = useMutation({
    mutationFn: ({ c, file }: { c: AttachmentCategory; file: File }) =>
      uploadAttachment(application.id, c, file),
    onSuccess: () => {
      if (input.current) input.current.value = '';
      void client.invalidateQueries({ queryKey: ['application', application.id] });
    },
    onError: (err) =>
      setError({
        general:
          err instanceof ApiError && err.problem
            ? (err.problem.errors ?? [])
                .map((e) => (locale === 'zh-CN' ? e.messageZh : e.message))
                .join('；') || (locale === 'zh-CN' ? err.problem.titleZh : err.message)
            : t('common.unavailable'),
      }),
  });
  const onUpload = () => {
    const file = input.current?.files?.[0];
    const next: typeof error = {};
    if (!category) next.category = t('wizard.attachments.chooseCategory');
    if (!file) next.file = t('wizard.attachments.chooseFile');
    else if (file.size > UPLOAD_MAX_BYTES) next.file = t('wizard.attachments.tooLarge', { max: '10 MB' });
    else if (file.size === 0) next.file = t('wizard.attachments.empty');
    else if (!UPLOAD_EXTENSIONS.includes(file.name.split('.').pop()?.toLowerCase() ?? ''))
      next.file = t('wizard.attachments.badType');
    setError(next);
    if (next.category || next.file || !file || !category) return;
    upload.mutate({ c: category, file });
  };
  return (
    <>
      <p className="lz-lead">{t('wizard.attachments.lead')}</p>
      <DataTable<Attachment>
        caption={t('wizard.attachments.list')}
        rowKey={(a) => a.id}
        rows={application.attachments}
        columns={[
          {
            key: 'category',
            title: t('wizard.attachments.category'),
            render: (a) => t(categoryLabel(a.category)),
          },
          { key: 'name', title: t('wizard.attachments.fileName'), render: (a) => a.fileName },
          { key: 'size', title: t('wizard.attachments.size'), render: (a) => sizeText(a.size) },
          {
            key: 'sha256',
            title: t('wizard.attachments.sha256'),
            render: (a) => <code className="lz-wizard-hash">{a.sha256}</code>,
          },
          {
            key: 'uploadedAt',
            title: t('wizard.attachments.uploadedAt'),
            render: (a) => formatInstant(a.uploadedAt, locale),
          },
        ]}
      />
      {/* Inside the wizard's form: a group, not a nested form (its submit would also leave the step). */}
      <div className="lz-section" role="group" aria-label={t('wizard.attachments.upload')}>
        <Field
          id="f-attachments-category"
          label={t('wizard.attachments.category')}
          required
          error={error.category}
        >
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
        <Field
          id="f-attachments"
          label={t('wizard.attachments.file')}
          required
          error={error.file}
          help={t('wizard.attachments.help', { max: '10 MB' })}
        >
          {(a11y) => (
            <input
              {...a11y}
              ref={input}
              type="file"
              accept={UPLOAD_EXTENSIONS.map((x) => `.${x}`).join(',')}
            />
          )}
        </Field>
        {error.general && <Alert type="error" showIcon title={error.general} />}
        <Button onClick={onUpload} loading={upload.isPending}>
          {t('wizard.attachments.upload')}
        </Button>
      </div>
    </>
  );
}
