import { makeEventData, makeUscc } from '@lz/testing';
import { EVENT_TYPES, eventExamples } from '@lz/policy';
import { messagesFor, recipientKey, shanghaiMinute, UnknownSubjectError, type Subjects } from './messages';

const application = {
  id: 'app-1',
  name: '白酒固态发酵智能化创新联合体',
  leadUscc: makeUscc(),
  jurisdictionCode: '510502',
};
const consortium = {
  id: 'c-1',
  applicationId: 'app-1',
  name: '白酒固态发酵智能化创新联合体',
  filingNumber: '泸创联备〔2026〕003号',
  leadUscc: application.leadUscc,
};
const known: Subjects = { application, consortium };

describe(messagesFor.name, () => {
  it('has something to tell for every event of the catalogue', () => {
    const empty = EVENT_TYPES.filter(
      (type) => messagesFor(type, makeEventData(type) as never, known).length === 0,
    );
    expect(empty).toEqual([]);
  });

  it('writes every title and body with full-width punctuation (Chinese official text)', () => {
    const halfWidth = EVENT_TYPES.flatMap((type) =>
      messagesFor(type, makeEventData(type) as never, known)
        .flatMap((m) => [m.title, m.body])
        .filter((text) => ASCII_PUNCTUATION.test(text))
        .map((text) => `${type}: ${text}`),
    );
    expect(halfWidth).toEqual([]);
  });

  it('prints instants in Asia/Shanghai wall-clock time', () => {
    expect(shanghaiMinute('2026-12-09T09:30:00Z')).toBe('2026年12月09日 17:30');
  });

  it('puts the opinion of a return into the message, and addresses it to the lead unit', () => {
    const [m] = messagesFor(
      'review.preliminary.decided.v1',
      {
        ...makeEventData('review.preliminary.decided.v1'),
        decision: 'RETURN',
        opinion: '请补充合作协议',
      } as never,
      known,
    );
    expect(m).toMatchObject({
      kind: 'application.returned',
      recipient: { kind: 'UNIT', uscc: application.leadUscc },
    });
    expect(m.body).toContain('审查意见：请补充合作协议');
  });

  it('refuses to guess the recipient of an event about an application it does not know', () => {
    expect(() =>
      messagesFor('publicity.item.cleared.v1', makeEventData('publicity.item.cleared.v1') as never, {}),
    ).toThrow(UnknownSubjectError);
  });

  it('keys a reviewer recipient by its jurisdiction', () => {
    expect(recipientKey({ kind: 'ROLE', role: 'reviewer', jurisdiction: 'LZ-HTZ' })).toBe(
      'role:reviewer:LZ-HTZ',
    );
    expect(recipientKey({ kind: 'ROLE', role: 'officer' })).toBe('role:officer');
  });
});

/**
 * Half-width punctuation in Chinese text (a colon between digits is a time of day, a comma between
 * digits groups an amount: ¥800,000.00).
 */
const ASCII_PUNCTUATION = /[;()!?]|(?<!\d),|,(?!\d)|(?<!\d):|:(?!\d)/;

describe('evaluation window, reminders and overdue', () => {
  const lead = consortium.leadUscc;
  const evaluationId = '0b5e0b4e-3c1c-4d5e-9f8a-1b2c3d4e5f60';
  const base = { evaluationId, consortiumId: consortium.id, leadUscc: lead, cycle: 1 };

  it('tells the lead unit when the window opens, when the report is due and when it reminds, linking to the evaluation', () => {
    const [m] = messagesFor(
      'evaluation.window.opened.v1',
      { ...eventExamples['evaluation.window.opened.v1'], ...base },
      known,
    );
    expect(m).toMatchObject({
      kind: 'evaluation.window_opened',
      recipient: { kind: 'UNIT', uscc: lead },
      objectType: 'evaluation',
      objectId: evaluationId,
      link: `/workspace/evaluations/${evaluationId}`,
    });
    expect(m.title).toBe('第 1 期评估已开始，请于2026年10月20日前提交评估材料');
    expect(m.body).toContain('「白酒固态发酵智能化创新联合体」（泸创联备〔2026〕003号）');
    expect(m.body).toContain(
      '平台将于2026年09月30日 09:00、2026年10月15日 09:00、2026年10月20日 09:00提醒。',
    );
    expect(m.body).not.toMatch(ASCII_PUNCTUATION); // full-width punctuation only
  });

  it('tells the evaluator institution of its task and the one replaced of its withdrawal, addressed to the institution', () => {
    const evaluator = eventExamples['evaluation.evaluator.assigned.v1'].evaluatorOrgUscc;
    const previous = makeUscc();
    const assigned = { ...eventExamples['evaluation.evaluator.assigned.v1'], ...base };
    const [task] = messagesFor('evaluation.evaluator.assigned.v1', assigned, known);
    expect(task).toMatchObject({
      kind: 'evaluation.assigned',
      recipient: { kind: 'ORG', role: 'evaluator', uscc: evaluator },
      link: `/workspace/evaluations/${evaluationId}`,
    });
    expect(recipientKey(task.recipient)).toBe(`org:evaluator:${evaluator}`);
    expect(task.body).toContain('「白酒固态发酵智能化创新联合体」（泸创联备〔2026〕003号）第 1 期评估');
    expect(task.body).toContain('2026年10月20日');
    expect(task.body).not.toMatch(ASCII_PUNCTUATION);
    const replaced = messagesFor(
      'evaluation.evaluator.assigned.v1',
      { ...assigned, previousEvaluatorOrgUscc: previous },
      known,
    );
    expect(replaced.map((m) => [m.kind, recipientKey(m.recipient)])).toEqual([
      ['evaluation.assigned', `org:evaluator:${evaluator}`],
      ['evaluation.unassigned', `org:evaluator:${previous}`],
    ]);
    expect(replaced[1].body).not.toMatch(ASCII_PUNCTUATION);
  });

  it('says how many working days are left, or that today is the due day', () => {
    const remind = (workingDaysBefore: number) =>
      messagesFor(
        'evaluation.report.reminded.v1',
        {
          ...base,
          workingDaysBefore,
          dueOn: '2026-10-20',
          dueAt: '2026-10-21T00:00:00+08:00',
          remindedAt: '2026-10-15T09:00:00+08:00',
        },
        known,
      );
    expect(remind(3)).toEqual([
      expect.objectContaining({
        kind: 'evaluation.report_reminder',
        recipient: { kind: 'UNIT', uscc: lead },
        title: '评估材料提交提醒：距提交截止日还有 3 个工作日',
      }),
    ]);
    expect(remind(0)[0].title).toBe('评估材料提交提醒：今天是提交截止日');
    expect(remind(0)[0].body).not.toMatch(ASCII_PUNCTUATION);
  });

  it('tells the lead unit and escalates to the officers when the report is overdue, never calling it a failure', () => {
    const msgs = messagesFor(
      'evaluation.report.overdue.v1',
      {
        ...base,
        dueOn: '2026-10-20',
        dueAt: '2026-10-21T00:00:00+08:00',
        overdueAt: '2026-10-21T00:00:01+08:00',
        gradeEffect: 'OFFICER_DECIDES',
      },
      {},
    );
    expect(msgs.map((m) => [m.kind, recipientKey(m.recipient), m.link])).toEqual([
      ['evaluation.report_overdue', `unit:${lead}`, `/workspace/evaluations/${evaluationId}`],
      ['evaluation.overdue_escalated', 'role:officer', `/workspace/evaluations/${evaluationId}`],
    ]);
    expect(msgs[1].body).toContain('逾期不自动视为评估不合格');
    // an unknown consortium is named by the lead unit's role, not refused
    expect(msgs[0].body).toContain('您单位牵头的创新联合体第 1 期评估材料');
  });
});
