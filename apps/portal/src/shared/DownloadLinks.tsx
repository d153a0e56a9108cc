import { Button } from 'antd';
import { downloadUrl, type DownloadFormat } from '../api/list';
import { useI18n } from '../i18n/i18n';

/**
 * The download links of a list page (Excel, CSV and, where the list prints, PDF): the list endpoint
 * with the page's own query and `format=`, so the file holds what the table shows, every page of it.
 */
export function DownloadLinks({
  path,
  query,
  formats = ['xlsx', 'csv'],
}: {
  path: string;
  query: object;
  formats?: readonly DownloadFormat[];
}) {
  const { t } = useI18n();
  return (
    <nav className="lz-toolbar" aria-label={t('download.label')}>
      {formats.map((format) => (
        <Button key={format} href={downloadUrl(path, query, format)} download>
          {t(`download.${format}`)}
        </Button>
      ))}
    </nav>
  );
}
