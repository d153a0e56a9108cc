import { makeEventData, makeUscc } from '@lz/testing';
import { EVENT_TYPES } from '@lz/policy';
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
    expect(m.body).toContain('审查意见:请补充合作协议');
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
