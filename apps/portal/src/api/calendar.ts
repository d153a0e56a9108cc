import type { CalendarYearView } from '@lz/api-client';
import { api, call } from './http';

/** `GET /calendar/:year` (publicity): the year's holidays and make-up working days (SPEC §7). */
export type { CalendarYearView };

export const getCalendarYear = (year: number) =>
  call(api.GET('/api/v1/calendar/{year}', { params: { path: { year } } }));
