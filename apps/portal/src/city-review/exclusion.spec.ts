import { translator } from '../i18n/translate';
// A workspace page's strings, registered as app/routes.ts does when it loads the page.
import '../i18n/workspace';
import { exclusionReason } from './exclusion';

const zh = translator('zh-CN');

describe(exclusionReason.name, () => {
  it('says whether the excluded expert works for the lead unit or for a member', () => {
    const review = { leadUscc: '91510502MA62A1B2C3' };
    expect(zh(exclusionReason(review, '91510502MA62A1B2C3'))).toBe('所在单位为牵头单位');
    expect(zh(exclusionReason(review, '121200004013590816'))).toBe('所在单位为成员单位');
  });
});
