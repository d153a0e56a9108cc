import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import {
  fromLabelled,
  SEED_ARRANGEMENTS,
  WorkingDayCalendar,
  type YearArrangement,
  type YearArrangementBody,
} from '@lz/calendar';
import { recordAudit, type AuditActor } from '@lz/platform';
import { PrismaService, type PrismaTx } from '../infra/prisma/prisma.service';
import { CalendarRepository, type StoredYear } from './calendar.repository';

/**
 * Called in the transaction that enters a year, with the calendar that includes it: recomputes what
 * depended on the year being unknown (provisional notice deadlines) and says what it changed. Work
 * that must follow the commit registers on the transaction's after-commit hook (libs/persistence).
 */
export type YearEnteredListener = (
  tx: PrismaTx,
  calendar: WorkingDayCalendar,
  year: number,
) => Promise<{ changed: string[] }>;

export interface EnteredYear {
  year: number;
  holidays: string[];
  makeupWorkdays: string[];
  created: boolean;
  /** Notices whose provisional end was recomputed and whose job was rescheduled. */
  rescheduledNotices: string[];
}

/**
 * The working-day calendar of docs/SPEC.md §7, persisted per year in this service's database (seeded from
 * @lz/calendar's published years at boot, idempotently) and held in memory as an immutable
 * `WorkingDayCalendar`, rebuilt whenever the table changed (also when another replica changed it).
 */
@Injectable()
export class CalendarService implements OnModuleInit {
  private readonly logger = new Logger(CalendarService.name);
  private calendar = WorkingDayCalendar.empty();
  private loadedStamp = '';
  private readonly listeners: YearEnteredListener[] = [];

  constructor(
    private readonly prisma: PrismaService,
    private readonly years: CalendarRepository,
  ) {}

  async onModuleInit(): Promise<void> {
    const seeded = await this.prisma.transaction(async (tx) => {
      let n = 0;
      for (const labelled of SEED_ARRANGEMENTS) {
        if (await this.years.insertIfMissing(tx, fromLabelled(labelled), 'seed')) n += 1;
      }
      return n;
    });
    if (seeded > 0) this.logger.log(`seeded ${seeded} year arrangement(s) from @lz/calendar`);
    await this.prisma.transaction((tx) => this.current(tx));
  }

  /** Registers a listener run inside every year entry's transaction. */
  onYearEntered(listener: YearEnteredListener): void {
    this.listeners.push(listener);
  }

  /**
   * The calendar as stored now. Inside a transaction that holds `lockForUse`, it cannot change
   * before that transaction ends. Rebuilt only when the table's stamp moved.
   */
  async current(tx: PrismaTx): Promise<WorkingDayCalendar> {
    const stamp = await this.years.stamp(tx);
    if (stamp !== this.loadedStamp) {
      this.calendar = WorkingDayCalendar.fromArrangements(await this.years.all(tx));
      this.loadedStamp = stamp;
    }
    return this.calendar;
  }

  /** The calendar for a read that needs no lock (e.g. `GET /calendar/deadline`). */
  snapshot(): Promise<WorkingDayCalendar> {
    return this.prisma.transaction((tx) => this.current(tx));
  }

  /** Holds the calendar still for the rest of `tx` (notice publication). */
  lockForUse(tx: PrismaTx): Promise<void> {
    return this.years.lockForUse(tx);
  }

  find(year: number): Promise<StoredYear | null> {
    return this.prisma.transaction((tx) => this.years.find(tx, year));
  }

  /**
   * Stores (or replaces) a year's arrangement — the body was validated with
   * `yearArrangementBodySchemaFor(year)` — and, in the same transaction, lets the listeners recompute
   * every provisional deadline; after commit the rescheduled jobs are ensured.
   */
  async enterYear(
    year: number,
    body: YearArrangementBody,
    actor: AuditActor & { principal: { sub: string } },
  ): Promise<EnteredYear> {
    const arrangement: YearArrangement = {
      year,
      holidays: body.holidays,
      makeupWorkdays: body.makeupWorkdays,
    };
    const outcome = await this.prisma.transaction(async (tx) => {
      await this.years.lockForEntry(tx);
      const { created } = await this.years.upsert(tx, arrangement, actor.principal.sub);
      const calendar = WorkingDayCalendar.fromArrangements(await this.years.all(tx));
      const changed: string[] = [];
      for (const listener of this.listeners) {
        const r = await listener(tx, calendar, year);
        changed.push(...r.changed);
      }
      await recordAudit(tx, actor, {
        action: created ? 'calendar-year.entered' : 'calendar-year.replaced',
        objectType: 'calendar_year',
        objectId: String(year),
        detail: {
          holidays: body.holidays.length,
          makeupWorkdays: body.makeupWorkdays.length,
          rescheduledNotices: changed,
        },
      });
      return { created, changed };
    });
    // Swap the in-memory calendar now (the stamp check would also do it on the next use).
    await this.snapshot();
    return {
      year,
      holidays: [...body.holidays],
      makeupWorkdays: [...body.makeupWorkdays],
      created: outcome.created,
      rescheduledNotices: outcome.changed,
    };
  }
}
