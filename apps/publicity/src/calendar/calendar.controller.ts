import { Controller, Get, Put, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import {
  computeDeadline,
  formatShanghaiIso,
  yearArrangementBodySchema,
  yearArrangementBodySchemaFor,
  type DeadlineQuery,
  type YearArrangementBody,
} from '@lz/calendar';
import { CurrentPrincipal, Public, Roles, type Principal } from '@lz/auth';
import { ApiOperation, NotFoundProblem, ZodBody, ZodParam, ZodPipe, ZodQuery, ZodResponse } from '@lz/http';
import { CURRENT_POLICY_VERSION, getPolicy } from '@lz/policy';
import {
  calendarDeadlineQuerySchema,
  calendarDeadlineResponseSchema,
  calendarYearParamSchema,
  calendarYearResponseSchema,
} from './calendar.schema';
import { CalendarService } from './calendar.service';

/** The working-day calendar (docs/SPEC.md §7): officers enter a year, anyone reads it and asks for a deadline. */
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  /** The end instant the rules give for a period starting at `from` (declared before `:year`). */
  @Get('deadline')
  @Public()
  @ZodResponse(200, calendarDeadlineResponseSchema)
  @ApiOperation({ zh: '按工作日计算截止时间', en: 'The end instant the working-day rule gives' })
  async deadline(@ZodQuery(calendarDeadlineQuerySchema) query: DeadlineQuery) {
    const policy = getPolicy(CURRENT_POLICY_VERSION).publicity;
    const closingTime = query.closingTime ?? policy.closingTime;
    const result = computeDeadline(
      { publishedAt: query.from, workingDays: query.workingDays, counting: policy.countingRule, closingTime },
      await this.calendar.snapshot(),
    );
    return {
      from: query.from,
      workingDays: query.workingDays,
      countingRule: policy.countingRule,
      closingTime,
      publishedOn: result.publishedOn,
      firstCountedDay: result.firstCountedDay,
      lastWorkingDay: result.lastWorkingDay,
      endsAt: formatShanghaiIso(result.endsAt),
      provisional: result.provisional,
      unknownYears: [...result.unknownYears],
    };
  }

  @Get(':year')
  @Public()
  @ZodResponse(200, calendarYearResponseSchema)
  @ApiOperation({ zh: '查看某年工作日历', en: "Read a year's working-day calendar" })
  async get(@ZodParam('year', calendarYearParamSchema) year: number) {
    const stored = await this.calendar.find(year);
    if (!stored) throw new NotFoundProblem(`arrangement for ${year}`);
    return {
      year: stored.year,
      holidays: [...stored.holidays],
      makeupWorkdays: [...stored.makeupWorkdays],
      enteredBy: stored.enteredBy,
    };
  }

  /** Enters (or corrects) a year's arrangement; provisional notice deadlines are recomputed and rescheduled. */
  @Put(':year')
  @Roles('officer')
  @ZodResponse(200, calendarYearResponseSchema)
  @ApiOperation({
    zh: '录入某年节假日与调休',
    en: "Enter a year's holidays and make-up working days",
    notes: '已发布公示的暂定截止时间将重新计算。 · Provisional notice deadlines are recomputed.',
  })
  async put(
    @ZodParam('year', calendarYearParamSchema) year: number,
    @ZodBody(yearArrangementBodySchema) body: YearArrangementBody,
    @CurrentPrincipal() principal: Principal,
    @Req() req: FastifyRequest,
  ) {
    // The cross-field checks need the year from the URL: run the year's schema on the parsed body.
    const checked = new ZodPipe(yearArrangementBodySchemaFor(year)).transform(body, {
      type: 'body',
    }) as YearArrangementBody;
    return this.calendar.enterYear(year, checked, { principal, ip: req.ip });
  }
}
