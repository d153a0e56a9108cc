import type { ReactNode } from 'react';

export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

/**
 * A status label in antd's tag shape with text dark enough on its tint for WCAG AA (antd's preset
 * colours, e.g. green #389e0d on #f6ffed, fall short of 4.5:1 and axe says so).
 */
export function StatusTag({ tone = 'neutral', children }: { tone?: Tone; children: ReactNode }) {
  return <span className={`lz-tag lz-tag-${tone}`}>{children}</span>;
}
