import { translator } from '../i18n/translate';
// A workspace page's strings, registered as app/routes.ts does when it loads the page.
import '../i18n/workspace';
import { beijingInstant, callStatus, checkCallDraft, type CallDraft } from './call-form';

const zh = translator('zh-CN');
const draft: CallDraft = {
  year: '2027',
  title: ' 2027年度泸州市创新联合体申报通知 ',
  opensAt: '2027-03-01T09:00',
  closesAt: '2027-04-01T18:00',
  policyVersion: 'lz-2024-draft',
  justification: '  ',
};

describe(checkCallDraft.name, () => {
  it('sends the window as Beijing instants, the title trimmed, no blank justification', () => {
    expect(checkCallDraft(draft, zh)).toEqual({
      body: {
        year: 2027,
        title: '2027年度泸州市创新联合体申报通知',
        opensAt: '2027-03-01T09:00:00+08:00',
        closesAt: '2027-04-01T18:00:00+08:00',
        policyVersion: 'lz-2024-draft',
      },
    });
    expect(beijingInstant('2027-03-01T09:00:30')).toBe('2027-03-01T09:00:30+08:00');
  });

  it('names each wrong field in Chinese, with intake’s rules', () => {
    expect(checkCallDraft({ ...draft, year: '二〇二七', title: '', opensAt: '' }, zh).errors).toEqual({
      year: '请填写 2024–2100 之间的年度',
      title: '请填写通知标题',
      opensAt: '请填写开始时间',
    });
    expect(checkCallDraft({ ...draft, closesAt: '2027-02-01T18:00' }, zh).errors).toEqual({
      closesAt: '截止时间须晚于开始时间',
    });
    expect(checkCallDraft({ ...draft, year: '2023' }, zh).errors).toEqual({
      year: '请填写 2024–2100 之间的年度',
    });
  });
});

describe(callStatus.name, () => {
  const now = Date.parse('2027-03-10T12:00:00+08:00');
  it('is open when the service says so, upcoming before the window, closed after it (or closed early)', () => {
    expect(callStatus({ open: true, opensAt: '2027-03-01T09:00:00+08:00' }, now)).toBe('OPEN');
    expect(callStatus({ open: false, opensAt: '2027-04-01T09:00:00+08:00' }, now)).toBe('UPCOMING');
    expect(callStatus({ open: false, opensAt: '2027-03-01T09:00:00+08:00' }, now)).toBe('CLOSED');
  });
});
