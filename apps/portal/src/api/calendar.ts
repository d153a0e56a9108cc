import type { CalendarYearView } from '@lz/api-client';
import { shanghaiYear } from '../shared/format';
import { api, call } from './http';

/** `GET /calendar/:year` (publicity): the year's holidays and make-up working days (SPEC §7). */
export type { CalendarYearView };

export const getCalendarYear = (year: number) =>
  call(api.GET('/api/v1/calendar/{year}', { params: { path: { year } } }));

/** The year a calendar page shows: `/calendar/:year` when it is a plausible year, else this year in Shanghai. */
export function calendarYearOf(param: string | undefined): number {
  const asked = Number(param);
  return Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : shanghaiYear();
}

export const calendarYearQuery = (year: number) => ({
  queryKey: ['calendar', year] as const,
  queryFn: () => getCalendarYear(year),
});
