import { computeDeadline, type CountingRule, type WorkingDayCalendar } from '@lz/calendar';

/** The policy parameters of a publicity period (docs/SPEC.md §7), printed on every notice. */
export interface PeriodParameters {
  workingDays: number;
  countingRule: CountingRule;
  /** Shanghai wall-clock close of the last working day, 'HH:MM' or '24:00'. */
  closingTime: string;
}

/** A notice's period as the rules give it. */
export interface NoticePeriod extends PeriodParameters {
  publishedAt: Date;
  endsAt: Date;
  lastWorkingDay: string;
  /** The walk crossed a year with no arrangement: Monday–Friday assumed there, recomputed on entry. */
  provisional: boolean;
  unknownYears: number[];
}

/**
 * The end of a notice published at `publishedAt` (docs/SPEC.md §3.5, §7; 民法典 第201、203条): the day of
 * publication does not count, the period ends at the closing time of the n-th working day after it.
 */
export function noticePeriod(
  publishedAt: Date,
  parameters: PeriodParameters,
  calendar: WorkingDayCalendar,
): NoticePeriod {
  const result = computeDeadline(
    {
      publishedAt,
      workingDays: parameters.workingDays,
      counting: parameters.countingRule,
      closingTime: parameters.closingTime,
    },
    calendar,
  );
  return {
    ...parameters,
    publishedAt,
    endsAt: result.endsAt,
    lastWorkingDay: result.lastWorkingDay,
    provisional: result.provisional,
    unknownYears: [...result.unknownYears],
  };
}

/** The counting rule as printed on a notice (zh/en). */
export function countingRuleText(p: PeriodParameters): { text: string; textZh: string } {
  const close = p.closingTime === '24:00' ? 'the end of (24:00)' : `${p.closingTime} (Beijing time) on`;
  const closeZh = p.closingTime === '24:00' ? '24时' : `${p.closingTime}（北京时间）`;
  return {
    text:
      `The day of publication does not count; the period runs from the next day for ${p.workingDays} ` +
      `working days (weekends and statutory holidays excluded, make-up working days included) and ends at ` +
      `${close} the last working day.`,
    textZh: `公示期自发布之日的次日起计算，共${p.workingDays}个工作日（不含周末和法定节假日，含调休上班日），至最后一个工作日${closeZh}截止。`,
  };
}

/**
 * How the public objects to an item of the notice (zh/en), printed on the notice: until the close of
 * its last working day in Beijing time (`lastWorkingDay` is already a Shanghai date), on the notice's
 * objection form; `path` is the same form's API for clients.
 */
export function howToObjectText(
  noticeId: string,
  lastWorkingDay: string,
  closingTime: string,
): { text: string; textZh: string; path: string } {
  const path = `/api/v1/notices/${noticeId}/objections`;
  const [y, m, d] = lastWorkingDay.split('-').map(Number);
  const untilZh = `${y}年${m}月${d}日${closingTime === '24:00' ? '24时' : closingTime}（北京时间）`;
  const until = `${closingTime === '24:00' ? 'the end of' : `${closingTime} (Beijing time) on`} ${lastWorkingDay}`;
  return {
    path,
    text:
      `Anyone may object to an item until ${until}, on this notice's objection form: the item, the reason ` +
      `and a contact name and mainland mobile number. No sign-in is needed; the contact details are used ` +
      `only to verify the objection and are not published.`,
    textZh:
      `任何单位和个人对公示项目有异议的，可在${untilZh}前通过本公示的“提出异议”表单提出，写明异议项目、理由及联系人姓名和手机号码。` +
      `无需登录；联系方式仅供核实，不予公开。`,
  };
}
