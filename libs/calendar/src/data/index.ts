import { WorkingDayCalendar } from '../working-day-calendar';
import { fromLabelled, type LabelledYearArrangement } from '../year-arrangement';
import { ARRANGEMENT_2024 } from './2024';
import { ARRANGEMENT_2025 } from './2025';
import { ARRANGEMENT_2026 } from './2026';

/**
 * The State Council arrangements published so far, as seed data. Later years are entered by an
 * officer at run time (publicity service, `PUT /calendar/:year`); adding one here is optional.
 */
export const SEED_ARRANGEMENTS: readonly LabelledYearArrangement[] = [
  ARRANGEMENT_2024,
  ARRANGEMENT_2025,
  ARRANGEMENT_2026,
];

/** A calendar knowing the seeded years (2024–2026); other years are 'unknown'. */
export function createSeededCalendar(): WorkingDayCalendar {
  return WorkingDayCalendar.fromArrangements(SEED_ARRANGEMENTS.map(fromLabelled));
}
