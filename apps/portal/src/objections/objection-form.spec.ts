import { TEXT_LIMITS } from '@lz/policy';
import { en } from '../i18n/messages.en';
import { registerDictionary, translator } from '../i18n/translate';
import { serverErrors, validateObjection } from './objection-form';

registerDictionary('en', en);
const zh = translator('zh-CN');
const valid = {
  applicationId: 'a1b2c3',
  reason: '牵头单位的研发投入与审计报告不符。',
  contact: { name: '王小明', phone: '13912345678' },
};

describe(validateObjection.name, () => {
  it('passes a complete objection through the schema publicity applies, trimmed', () => {
    const out = validateObjection({ ...valid, contact: { name: ' 王小明 ', phone: '13912345678 ' } }, zh);
    expect(out).toEqual({ ok: true, body: { ...valid } });
  });

  it('names every empty field in Chinese', () => {
    expect(validateObjection({}, zh)).toEqual({
      ok: false,
      errors: {
        applicationId: '请填写异议项目',
        reason: '请填写异议理由',
        'contact.name': '请填写联系人姓名',
        'contact.phone': '请输入 11 位中国大陆手机号码（以 13–19 开头）',
      },
    });
  });

  it('refuses a phone that is not a mainland mobile number and a reason over the limit', () => {
    const out = validateObjection(
      { ...valid, reason: 'x'.repeat(TEXT_LIMITS.medium + 1), contact: { name: '王', phone: '12912345678' } },
      zh,
    );
    expect(out).toEqual({
      ok: false,
      errors: {
        reason: `异议理由不得超过 ${TEXT_LIMITS.medium} 个字符`,
        'contact.phone': '请输入 11 位中国大陆手机号码（以 13–19 开头）',
      },
    });
  });

  it('speaks English on the English switch', () => {
    const out = validateObjection({ ...valid, reason: '  ' }, translator('en'));
    expect(out).toEqual({ ok: false, errors: { reason: 'Enter the Reasons' } });
  });
});

describe(serverErrors.name, () => {
  const errors = [
    { rule: '3.5', path: 'applicationId', message: 'Not on this notice', messageZh: '申报不在该公示中' },
    {
      rule: 'input.too_big',
      path: 'body.contact.name',
      message: 'Too long',
      messageZh: '不得超过 100 个字符',
    },
    { rule: 'csrf.token', path: 'header.x-csrf-token', message: 'Missing token', messageZh: '缺少令牌' },
  ];

  it('puts each problem at the field its path names and keeps the rest for the form', () => {
    expect(serverErrors(errors, 'zh-CN')).toEqual({
      fields: { applicationId: '申报不在该公示中', 'contact.name': '不得超过 100 个字符' },
      general: ['缺少令牌'],
    });
    expect(serverErrors(errors, 'en').general).toEqual(['Missing token']);
  });
});
