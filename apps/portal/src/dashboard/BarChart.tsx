import { Link } from 'react-router';

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** The list behind the bar. */
  to?: string;
}

/**
 * Horizontal bars (no chart library: the workspace chunk stays small, bench/portal): each row is its
 * label, a plain SVG bar scaled to the largest figure, and the figure, laid out by CSS grid so a long
 * name (泸州临港片区（泸州临港产业物流园区）) wraps instead of being cut. The drawing is hidden from
 * assistive technology; the same figures are a table (visually hidden) under the same caption, each
 * figure a link to its list. A bar of zero is a hairline, so an empty category reads as "0".
 */
export function BarChart({
  caption,
  bars,
  testId,
}: {
  caption: string;
  bars: readonly Bar[];
  testId: string;
}) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure className="lz-chart" data-testid={testId}>
      <figcaption aria-hidden="true">{caption}</figcaption>
      <div className="lz-bars" aria-hidden="true">
        {bars.map((b) => (
          <div key={b.key} className="lz-bar-row" data-value={b.value}>
            <span className="lz-bar-label">{b.label}</span>
            <svg className="lz-bar" viewBox="0 0 100 10" preserveAspectRatio="none">
              <rect x={0} y={1} width={b.value === 0 ? 0.4 : Math.max(1, (b.value / max) * 100)} height={8} />
            </svg>
            <span className="lz-bar-value">{b.value}</span>
          </div>
        ))}
      </div>
      <table className="lz-visually-hidden">
        <caption>{caption}</caption>
        <tbody>
          {bars.map((b) => (
            <tr key={b.key}>
              <th scope="row">{b.label}</th>
              <td>{b.to && b.value > 0 ? <Link to={b.to}>{b.value}</Link> : b.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** Used and left of a whole (the year's budget), as one split bar with both figures in words. */
export function SplitBar({
  caption,
  used,
  left,
  usedLabel,
  leftLabel,
  testId,
}: {
  caption: string;
  used: number;
  left: number;
  usedLabel: string;
  leftLabel: string;
  testId: string;
}) {
  const usedW = (used / Math.max(1, used + left)) * 100;
  return (
    <figure className="lz-chart" data-testid={testId}>
      <figcaption>{caption}</figcaption>
      <svg className="lz-split" aria-hidden="true" viewBox="0 0 100 10" preserveAspectRatio="none">
        <rect x={0} y={0} width={100} height={10} className="lz-chart-rest" />
        <rect x={0} y={0} width={usedW} height={10} className="lz-chart-bar" />
      </svg>
      <p className="lz-chart-legend">
        <span className="lz-chart-key lz-chart-key-used" aria-hidden="true" /> {usedLabel}
        <span className="lz-chart-key lz-chart-key-rest" aria-hidden="true" /> {leftLabel}
      </p>
    </figure>
  );
}
