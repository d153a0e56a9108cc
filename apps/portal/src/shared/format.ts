import type { Locale } from '../i18n/translate';

/** Legal dates and instants are shown in China Standard Time whatever the browser's zone (SPEC §7). */
export const LEGAL_TIME_ZONE = 'Asia/Shanghai';

const instantFormats = new Map<Locale, Intl.DateTimeFormat>();
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

function instantFormat(locale: Locale): Intl.DateTimeFormat {
  let f = instantFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      timeZone: LEGAL_TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    instantFormats.set(locale, f);
  }
  return f;
}

/** `2026-02-26T24:00` style ends are stored as the next day 00:00; shown as such, in Beijing time. */
export function formatInstant(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : instantFormat(locale).format(d);
}

/**
 * The end of a period: an end at 00:00 Beijing time is printed as 24:00 of the day before, the way a
 * notice states it (docs/SPEC.md §7: the period ends at the close, 24:00, of its last working day).
 */
export function formatDeadline(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const shown = instantFormat(locale).format(d);
  if (!/\b00:00$/.test(shown)) return shown;
  return instantFormat(locale)
    .format(new Date(d.getTime() - 60_000))
    .replace(/23:59$/, '24:00');
}

/** A legal date `YYYY-MM-DD` (already a Shanghai date) shown with its weekday. */
export function formatDate(date: string | null | undefined, locale: Locale): string {
  if (!date) return '—';
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  let f = dateFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
    });
    dateFormats.set(locale, f);
  }
  // Chromium runs the weekday into the date in zh-CN ("2026/12/01周二"): set it apart.
  const parts = f.formatToParts(new Date(Date.UTC(y, m - 1, d)));
  const weekday = parts.find((p) => p.type === 'weekday')?.value ?? '';
  const day = parts
    .filter((p) => p.type !== 'weekday')
    .map((p) => p.value)
    .join('')
    .replace(/^[\s,]+|[\s,]+$/g, '');
  if (!weekday) return day;
  return locale === 'zh-CN' ? `${day}（${weekday}）` : `${day} (${weekday})`;
}

/** This year in Asia/Shanghai. */
export function shanghaiYear(now = new Date()): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: LEGAL_TIME_ZONE, year: 'numeric' }).format(now));
}
