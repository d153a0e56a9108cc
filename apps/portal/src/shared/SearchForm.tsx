import { Button } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

interface Props {
  /** The search box's label (what `q` searches). */
  label: string;
  q: string | undefined;
  /** The trimmed text, or undefined when the box is empty. */
  onSearch: (q: string | undefined) => void;
  /** The list's other filters, between the box and the button. */
  children?: ReactNode;
}

/** A list page's search toolbar: the `q` box, the filters, and 搜索. */
export function SearchForm({ label, q, onSearch, children }: Props) {
  const { t } = useI18n();
  return (
    <form
      role="search"
      className="lz-toolbar lz-no-print"
      aria-label={t('common.search')}
      onSubmit={(e) => {
        e.preventDefault();
        const text = String(new FormData(e.currentTarget).get('q') ?? '').trim();
        onSearch(text || undefined);
      }}
    >
      <label>
        {label}
        <input className="lz-input" type="search" name="q" defaultValue={q} style={{ width: 300 }} />
      </label>
      {children}
      <Button type="primary" htmlType="submit">
        {t('common.search')}
      </Button>
    </form>
  );
}
