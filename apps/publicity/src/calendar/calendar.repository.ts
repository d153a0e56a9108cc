import { Injectable } from '@nestjs/common';
import type { YearArrangement } from '@lz/calendar';
import type { PrismaTx } from '../infra/prisma/prisma.service';

/** A stored year arrangement. */
export interface StoredYear extends YearArrangement {
  enteredBy: string;
  updatedAt: Date;
}

/** Serialises calendar entries against notice publications (shared) and each other (exclusive). */
const CALENDAR_LOCK_KEY = 'publicity.calendar';

/** The `calendar_year` table: one State Council arrangement per year (docs/SPEC.md §7). */
@Injectable()
export class CalendarRepository {
  /** Exclusive: entering a year (recomputes provisional deadlines, nothing may publish meanwhile). */
  async lockForEntry(tx: PrismaTx): Promise<void> {
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext($1))`, CALENDAR_LOCK_KEY);
  }

  /** Shared: publishing a notice computes its end with a calendar no entry is changing. */
  async lockForUse(tx: PrismaTx): Promise<void> {
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock_shared(hashtext($1))`, CALENDAR_LOCK_KEY);
  }

  /** Inserts the year unless it is there (seeding is idempotent and never overwrites an officer's entry). */
  async insertIfMissing(tx: PrismaTx, year: YearArrangement, enteredBy: string): Promise<boolean> {
    const n = await tx.$executeRawUnsafe(
      `INSERT INTO calendar_year (year, holidays, makeup_workdays, entered_by)
       VALUES ($1, $2::text[], $3::text[], $4) ON CONFLICT (year) DO NOTHING`,
      year.year,
      [...year.holidays],
      [...year.makeupWorkdays],
      enteredBy,
    );
    return n > 0;
  }

  async upsert(tx: PrismaTx, year: YearArrangement, enteredBy: string): Promise<{ created: boolean }> {
    const rows = await tx.$queryRawUnsafe<{ created: boolean }[]>(
      `INSERT INTO calendar_year (year, holidays, makeup_workdays, entered_by)
       VALUES ($1, $2::text[], $3::text[], $4)
       ON CONFLICT (year) DO UPDATE SET holidays = EXCLUDED.holidays, makeup_workdays = EXCLUDED.makeup_workdays,
         entered_by = EXCLUDED.entered_by, updated_at = CURRENT_TIMESTAMP
       RETURNING (xmax = 0) AS created`,
      year.year,
      [...year.holidays],
      [...year.makeupWorkdays],
      enteredBy,
    );
    return rows[0];
  }

  async find(tx: PrismaTx, year: number): Promise<StoredYear | null> {
    const row = await tx.calendarYear.findUnique({ where: { year } });
    return row && toStored(row);
  }

  async all(tx: PrismaTx): Promise<StoredYear[]> {
    const rows = await tx.calendarYear.findMany({ orderBy: { year: 'asc' } });
    return rows.map(toStored);
  }

  /** Changes whenever a year is added or replaced: the in-memory calendar is rebuilt when it differs. */
  async stamp(tx: PrismaTx): Promise<string> {
    const rows = await tx.$queryRawUnsafe<{ stamp: string }[]>(
      `SELECT count(*)::text || '@' || coalesce(floor(extract(epoch FROM max(updated_at)) * 1000)::text, '0') AS stamp
         FROM calendar_year`,
    );
    return rows[0].stamp;
  }
}

function toStored(row: {
  year: number;
  holidays: string[];
  makeupWorkdays: string[];
  enteredBy: string;
  updatedAt: Date;
}): StoredYear {
  return {
    year: row.year,
    holidays: row.holidays,
    makeupWorkdays: row.makeupWorkdays,
    enteredBy: row.enteredBy,
    updatedAt: row.updatedAt,
  };
}
