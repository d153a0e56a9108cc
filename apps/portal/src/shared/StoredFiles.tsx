import { Alert, Button } from 'antd';
import { useEffect, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { UPLOAD_ACCEPT, UPLOAD_MAX_BYTES, uploadRefusal, type UploadRefusal } from '@lz/policy';
import { PREVIEWABLE, previewUrl, type StoredFile } from '../api/files';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages.zh-CN';
import { DataTable, type Column } from './DataTable';
import { Field } from './Field';
import { formatInstant } from './format';
import { problemMessages } from './problem-fields';

export function sizeText(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const MAX_TEXT = sizeText(UPLOAD_MAX_BYTES).replace('.0 ', ' ');

const REFUSAL: Record<UploadRefusal, MessageKey> = {
  'input.file': 'files.empty',
  'input.file_size': 'files.tooLarge',
  'input.media_type': 'files.badType',
};

interface Progress {
  key: number;
  name: string;
  fraction: number;
  state: 'sending' | 'done' | 'refused' | 'failed';
  message?: string;
}

interface Props<F extends StoredFile> {
  /** The id prefix of the controls (`f-attachments`). */
  id: string;
  caption: string;
  files: readonly F[];
  /** The download path of a file (`/api/v1/claims/:id/evidence/:evidenceId`), verified by the service. */
  downloadPath: (file: F) => string;
  /** Sends one file; `onProgress` gets the fraction sent. Absent: the files are read-only. */
  upload?: (file: File, onProgress: (fraction: number) => void) => Promise<unknown>;
  /** After a file is stored or deleted: the owner reads its list again. */
  onChanged?: () => void;
  /** What must be chosen before a file is sent (a category): the message, or null. */
  precondition?: () => string | null;
  /** Deletes a file (while the owner is a draft); absent: no delete button. */
  remove?: (file: F) => Promise<unknown>;
  columns?: Array<Column<F>>;
  disabled?: boolean;
  /** Fields shown before the drop zone (the category). */
  children?: ReactNode;
}

/**
 * The files of an application, a claim or an evaluation: the stored ones (name, size, the sha256 the
 * service stored, inline preview of PDF and images, delete while allowed) and a drop zone that sends
 * each chosen or dropped file with its own progress bar. A file libs/policy's limits refuse (type,
 * size, empty) is refused here before anything is sent; the service checks the bytes again.
 */
export function StoredFiles<F extends StoredFile>(props: Props<F>) {
  const { id, caption, files, downloadPath, upload, onChanged, precondition, remove } = props;
  const disabled = props.disabled || !upload;
  const { t, locale } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const next = useRef(0);
  const [progress, setProgress] = useState<Progress[]>([]);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [general, setGeneral] = useState<string | undefined>();
  const [dragging, setDragging] = useState(false);
  const [preview, setPreview] = useState<{ file: F; url: string } | null>(null);

  useEffect(() => () => (preview ? URL.revokeObjectURL(preview.url) : undefined), [preview]);

  const update = (key: number, change: Partial<Progress>) =>
    setProgress((all) => all.map((p) => (p.key === key ? { ...p, ...change } : p)));

  const failure = (err: unknown) =>
    problemMessages(err, [] as string[], locale, t('common.unavailable')).general.join('；');

  const send = (chosen: readonly File[]) => {
    if (chosen.length === 0 || !upload) return;
    const blocked = precondition?.() ?? null;
    setFieldError(blocked ?? undefined);
    if (blocked) return;
    for (const file of chosen) {
      const key = next.current++;
      const refusal = uploadRefusal(file);
      const entry: Progress = { key, name: file.name, fraction: 0, state: refusal ? 'refused' : 'sending' };
      if (refusal) entry.message = t(REFUSAL[refusal], { max: MAX_TEXT });
      setProgress((all) => [...all, entry]);
      if (refusal) continue;
      upload(file, (fraction) => update(key, { fraction }))
        .then(() => {
          update(key, { state: 'done', fraction: 1 });
          onChanged?.();
        })
        .catch((err: unknown) => update(key, { state: 'failed', message: failure(err) }));
    }
    if (input.current) input.current.value = '';
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    if (!disabled) send(Array.from(e.dataTransfer.files));
  };

  const showPreview = async (file: F) => {
    setGeneral(undefined);
    try {
      setPreview({ file, url: await previewUrl(downloadPath(file), file.mediaType) });
    } catch (err) {
      setGeneral(failure(err));
    }
  };

  const onRemove = async (file: F) => {
    setGeneral(undefined);
    try {
      await remove?.(file);
      if (preview?.file.id === file.id) setPreview(null);
      onChanged?.();
    } catch (err) {
      setGeneral(failure(err));
    }
  };

  return (
    <>
      <DataTable<F>
        caption={caption}
        rowKey={(f) => f.id}
        rows={files}
        columns={[
          ...(props.columns ?? []),
          { key: 'name', title: t('files.fileName'), render: (f) => f.fileName },
          { key: 'size', title: t('files.size'), render: (f) => sizeText(f.size) },
          {
            key: 'sha256',
            title: t('files.sha256'),
            render: (f) => <code className="lz-file-hash">{f.sha256}</code>,
          },
          {
            key: 'uploadedAt',
            title: t('files.uploadedAt'),
            render: (f) => formatInstant(f.uploadedAt, locale),
          },
          {
            key: 'actions',
            title: t('files.actions'),
            noPrint: true,
            render: (f) => (
              <span className="lz-file-actions">
                <Button
                  size="small"
                  href={downloadPath(f)}
                  download={f.fileName}
                  aria-label={t('files.downloadOf', { name: f.fileName })}
                >
                  {t('files.download')}
                </Button>
                {(PREVIEWABLE as readonly string[]).includes(f.mediaType) && (
                  <Button
                    size="small"
                    onClick={() => void showPreview(f)}
                    aria-label={t('files.previewOf', { name: f.fileName })}
                  >
                    {t('files.preview')}
                  </Button>
                )}
                {remove && !disabled && (
                  <Button
                    size="small"
                    danger
                    onClick={() => void onRemove(f)}
                    aria-label={t('files.deleteOf', { name: f.fileName })}
                  >
                    {t('files.delete')}
                  </Button>
                )}
              </span>
            ),
          },
        ]}
      />
      {general && <Alert type="error" showIcon title={general} />}
      {preview && (
        <figure
          className="lz-file-preview"
          aria-label={t('files.previewOf', { name: preview.file.fileName })}
        >
          {preview.file.mediaType === 'application/pdf' ? (
            <iframe src={preview.url} title={t('files.previewOf', { name: preview.file.fileName })} />
          ) : (
            <img src={preview.url} alt={t('files.previewOf', { name: preview.file.fileName })} />
          )}
          <figcaption>
            {preview.file.fileName}{' '}
            <Button size="small" onClick={() => setPreview(null)}>
              {t('files.closePreview')}
            </Button>
          </figcaption>
        </figure>
      )}
      {!disabled && (
        // Inside a step's form: a group, not a nested form (its submit would also leave the step).
        <div className="lz-section" role="group" aria-label={t('files.upload')}>
          {props.children}
          <div
            className={dragging ? 'lz-dropzone lz-dropzone-over' : 'lz-dropzone'}
            data-testid={`${id}-dropzone`}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            <p className="lz-dropzone-text">{t('files.dropHere')}</p>
            <Field
              id={id}
              label={t('files.file')}
              error={fieldError}
              help={t('files.help', { max: MAX_TEXT })}
            >
              {(a11y) => (
                // The native control says "Choose Files" in the browser's own language: hidden, and a
                // button in the portal's language opens its picker (the label still names it).
                <>
                  <input
                    {...a11y}
                    ref={input}
                    className="lz-visually-hidden"
                    tabIndex={-1}
                    type="file"
                    multiple
                    accept={UPLOAD_ACCEPT}
                    onChange={(e) => send(Array.from(e.target.files ?? []))}
                  />
                  <Button
                    className="lz-file-choose"
                    aria-describedby={a11y['aria-describedby']}
                    onClick={() => input.current?.click()}
                  >
                    {t('files.choose')}
                  </Button>
                </>
              )}
            </Field>
          </div>
          {progress.length > 0 && (
            <ul className="lz-upload-list" aria-label={t('files.progress')}>
              {progress.map((p) => (
                <li key={p.key} data-state={p.state}>
                  <span className="lz-upload-name">{p.name}</span>
                  {(p.state === 'sending' || p.state === 'done') && (
                    <progress
                      max={1}
                      value={p.fraction}
                      aria-label={t('files.progressOf', { name: p.name })}
                    />
                  )}
                  <span
                    className={p.state === 'refused' || p.state === 'failed' ? 'lz-field-error' : undefined}
                  >
                    {p.state === 'sending'
                      ? t('files.sending', { percent: Math.round(p.fraction * 100) })
                      : p.state === 'done'
                        ? t('files.sent')
                        : p.message}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}
