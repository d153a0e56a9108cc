import { ApiError } from '../api/http';
import { decisionBody, withRuleIds } from './decision-form';

describe(decisionBody.name, () => {
  const base = {
    decision: 'GRANT' as const,
    yuan: '400000',
    opinion: ' 同意。 ',
    monetary: true,
    claimedFen: 50_000_000,
  };

  it('grants the yuan typed as integer fen, with the trimmed opinion', () => {
    expect(decisionBody(base)).toEqual({
      body: { decision: 'GRANT', amountFen: 40_000_000, opinion: '同意。' },
    });
    expect(decisionBody({ ...base, yuan: '0.01' })).toEqual({
      body: { decision: 'GRANT', amountFen: 1, opinion: '同意。' },
    });
  });

  it('names what is missing or wrong: no decision, no opinion, an amount that is not yuan, zero or above the claim', () => {
    expect(decisionBody({ ...base, decision: '', opinion: '' })).toEqual({
      errors: { decision: 'required', opinion: 'required' },
    });
    for (const yuan of ['', 'abc', '1.234', '-5'])
      expect(decisionBody({ ...base, yuan })).toEqual({ errors: { amountFen: 'amount' } });
    expect(decisionBody({ ...base, yuan: '0' })).toEqual({ errors: { amountFen: 'amount' } });
    expect(decisionBody({ ...base, yuan: '500000.01' })).toEqual({ errors: { amountFen: 'overClaimed' } });
  });

  it('sends no amount with a rejection or a priority claim', () => {
    expect(decisionBody({ ...base, decision: 'REJECT', yuan: 'x' })).toEqual({
      body: { decision: 'REJECT', opinion: '同意。' },
    });
    expect(decisionBody({ ...base, monetary: false, yuan: '' })).toEqual({
      body: { decision: 'GRANT', opinion: '同意。' },
    });
  });
});

describe(withRuleIds.name, () => {
  it("adds the rule to each refusal's message, leaving input errors alone", () => {
    const err = new ApiError(409, {
      type: 'urn:lz:problem:policy.conflict',
      title: 'Conflict',
      titleZh: '冲突',
      status: 409,
      errors: [
        { rule: '4.3', path: 'amountFen', message: 'Over the cap', messageZh: '超过上限' },
        { rule: 'input.invalid', path: 'opinion', message: 'Required', messageZh: '必填' },
      ],
    } as never);
    const out = withRuleIds(err) as ApiError;
    expect(out.problem?.errors?.map((e) => e.messageZh)).toEqual(['超过上限（规则 4.3）', '必填']);
    expect(out.problem?.errors?.[0].message).toBe('Over the cap (rule 4.3)');
    expect(withRuleIds('x')).toBe('x');
  });
});
