import { Button } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

export interface Column<T> {
  key: string;
  title: string;
  render: (row: T) => ReactNode;
  /** Hidden when the page is printed (actions). */
  noPrint?: boolean;
}

interface Props<T> {
  caption: string;
  /** Shown to screen readers only when false. */
  showCaption?: boolean;
  columns: Array<Column<T>>;
  rows: readonly T[] | undefined;
  rowKey: (row: T) => string;
  busy?: boolean;
  /** Wide (many columns): the wrapper scrolls and takes the keyboard focus to do so (WCAG 2.1.1). */
  wide?: boolean;
}

/**
 * A plain semantic table (caption, column headers) styled like Ant Design's: the public pages stay
 * light (antd's Table brings menus, trees and virtual lists they never use; bench/portal/README.md).
 */
export function DataTable<T>({ caption, showCaption = false, columns, rows, rowKey, busy, wide }: Props<T>) {
  const { t } = useI18n();
  return (
    <div className="lz-table-wrap" {...(wide ? { tabIndex: 0, role: 'region', 'aria-label': caption } : {})}>
      <table className={wide ? 'lz-table lz-table-wide' : 'lz-table'} aria-busy={busy || undefined}>
        <caption className={showCaption ? undefined : 'lz-visually-hidden'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.noPrint ? 'lz-no-print' : undefined}>
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows && rows.length > 0 ? (
            rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((c) => (
                  <td key={c.key} className={c.noPrint ? 'lz-no-print' : undefined}>
                    {c.render(row)}
                  </td>
                ))}
              </tr>
            ))
          ) : (
            <tr className="lz-table-empty">
              <td colSpan={columns.length}>{t('common.empty')}</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

interface PagerProps {
  page: number;
  pageSize: number;
  total: number | undefined;
  onChange: (page: number) => void;
}

/** 上一页 / 第 n 页，共 m 页 / 下一页 for the list convention's `{total, page, pageSize}`. */
export function Pager({ page, pageSize, total, onChange }: PagerProps) {
  const { t } = useI18n();
  if (total === undefined) return null;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav className="lz-pager" aria-label={t('pager.label')}>
      <span>{t('common.total', { total })}</span>
      <Button disabled={page <= 1} onClick={() => onChange(page - 1)}>
        {t('pager.prev')}
      </Button>
      <span aria-current="page">{t('pager.position', { page, pages })}</span>
      <Button disabled={page >= pages} onClick={() => onChange(page + 1)}>
        {t('pager.next')}
      </Button>
    </nav>
  );
}
