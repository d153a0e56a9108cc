import { get } from './http';

import type { CalendarYearView } from '@lz/api-client';

/** `GET /calendar/:year` (publicity): the year's holidays and make-up working days (SPEC §7). */
export type { CalendarYearView };

export const getCalendarYear = (year: number) => get<CalendarYearView>(`/calendar/${year}`);
