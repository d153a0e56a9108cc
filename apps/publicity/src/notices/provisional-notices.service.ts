import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { WorkingDayCalendar } from '@lz/calendar';
import { DeadlineScheduler } from '@lz/deadlines';
import { CalendarService } from '../calendar/calendar.service';
import type { PrismaTx } from '../infra/prisma/prisma.service';
import { noticePeriod } from './notice-period';
import { NOTICE_EXPIRY } from './notice-expiry.constants';
import { NoticesRepository } from './notices.repository';

/**
 * docs/SPEC.md §7: a deadline that reached into a year with no arrangement is provisional and is recomputed,
 * and its job rescheduled, when that year's data is entered. Runs inside the entry's transaction.
 */
@Injectable()
export class ProvisionalNoticesService implements OnModuleInit {
  constructor(
    private readonly calendar: CalendarService,
    private readonly notices: NoticesRepository,
    private readonly scheduler: DeadlineScheduler,
  ) {}

  onModuleInit(): void {
    this.calendar.onYearEntered((tx, calendar) => this.recompute(tx, calendar));
  }

  async recompute(tx: PrismaTx, calendar: WorkingDayCalendar) {
    const open = await this.notices.lockOpenProvisional(tx);
    for (const n of open) {
      const period = noticePeriod(
        n.published_at,
        { workingDays: n.working_days, countingRule: n.counting_rule, closingTime: n.closing_time },
        calendar,
      );
      await this.notices.updatePeriod(tx, n.id, period);
      // A PENDING row takes the new due instant; its job id carries the instant, so a new job is
      // made when the entry commits (the scheduler's after-commit hook).
      await this.scheduler.schedule(tx, {
        kind: NOTICE_EXPIRY,
        subjectId: n.id,
        dueAt: period.endsAt,
        provisional: period.provisional,
      });
    }
    return { changed: open.map((n) => n.id) };
  }
}
