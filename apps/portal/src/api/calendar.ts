import { get } from './http';

/** `GET /calendar/:year` (publicity): the year's holidays and make-up working days (SPEC §7). */
export interface CalendarYearView {
  year: number;
  holidays: string[];
  makeupWorkdays: string[];
}

export const getCalendarYear = (year: number) => get<CalendarYearView>(`/calendar/${year}`);
