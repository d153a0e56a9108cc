import fc from 'fast-check';
import { computeUsccCheckChar, isValidUscc, USCC_CHARSET, usccSchema, validateUscc } from './uscc';

const charArb = fc.constantFrom(...USCC_CHARSET.split(''));
const bodyArb = fc.array(charArb, { minLength: 17, maxLength: 17 }).map((cs) => cs.join(''));

describe('validateUscc', () => {
  it.each(['91110000600037341L', '121200004013590816', '91310115MA1K3BTP2B'])('accepts %s', (code) => {
    expect(validateUscc(code).ok).toBe(true);
  });

  it('describes the parts of a valid code', () => {
    expect(validateUscc('91310115MA1K3BTP2B')).toEqual({
      ok: true,
      code: '91310115MA1K3BTP2B',
      registrationAuthority: '市场监管(工商)',
      orgType: '91',
      orgTypeLabel: '企业',
      issuingDivision: '310115',
      isLuzhouIssued: false,
    });
    expect(validateUscc('121200004013590816')).toMatchObject({ orgTypeLabel: '事业单位' });
  });

  it('recognises a Luzhou issuing division', () => {
    const body = '915105027' + '0000001X';
    const code = body + computeUsccCheckChar(body);
    expect(validateUscc(code)).toMatchObject({ ok: true, issuingDivision: '510502', isLuzhouIssued: true });
  });

  it.each([
    ['91110000600037341M', 'CHECK_CHAR'],
    ['91110000600037341', 'LENGTH'],
    ['91110000600037341LL', 'LENGTH'],
    ['91110000600O37341L', 'CHARSET'],
    ['91110000600037341l', 'CHARSET'],
    ['9111000060003734IL', 'CHARSET'],
  ])('refuses %s (%s)', (code, reason) => {
    expect(validateUscc(code)).toMatchObject({ ok: false, reason });
  });

  it('refuses non-strings', () => {
    expect(validateUscc(91110000)).toMatchObject({ ok: false, reason: 'NOT_A_STRING' });
  });

  it('computeUsccCheckChar makes any 17-character body valid', () => {
    fc.assert(
      fc.property(bodyArb, (body) => {
        expect(validateUscc(body + computeUsccCheckChar(body)).ok).toBe(true);
      }),
    );
  });

  it('changing any one character of a valid code breaks it', () => {
    fc.assert(
      fc.property(bodyArb, fc.integer({ min: 0, max: 17 }), charArb, (body, pos, replacement) => {
        const code = body + computeUsccCheckChar(body);
        fc.pre(code[pos] !== replacement);
        const changed = code.slice(0, pos) + replacement + code.slice(pos + 1);
        expect(validateUscc(changed).ok).toBe(false);
      }),
    );
  });

  it('usccSchema refuses an invalid code with a readable message', () => {
    expect(usccSchema.safeParse('91110000600037341L').success).toBe(true);
    const result = usccSchema.safeParse('91110000600037341M');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toMatch(/check character/);
  });

  it('maps a remainder of 0 to the check character 0 and 1 to Y (31 − 0 → 0)', () => {
    expect(computeUsccCheckChar('91510502000000000')).toBe('0');
    expect(computeUsccCheckChar('9151050200000000A')).toBe('Y');
    expect(computeUsccCheckChar('9151050200000000M')).toBe('1');
  });

  it('refuses a body of the wrong length or with a character outside the charset, naming it', () => {
    expect(() => computeUsccCheckChar('9151050200000000')).toThrow('USCC body must be 17 characters, got 16');
    expect(() => computeUsccCheckChar('915105020000000000')).toThrow('got 18');
    expect(() => computeUsccCheckChar('9151050200000000I')).toThrow('character "I" is not allowed in a USCC');
  });

  it('says why a code is refused', () => {
    expect(validateUscc(91110000)).toEqual({
      ok: false,
      reason: 'NOT_A_STRING',
      message: 'USCC must be a string',
    });
    expect(validateUscc('9111000060003734')).toEqual({
      ok: false,
      reason: 'LENGTH',
      message: 'USCC must be 18 characters, got 16',
    });
    expect(validateUscc('9111000060003734IL')).toEqual({
      ok: false,
      reason: 'CHARSET',
      message: 'character "I" is not allowed in a USCC (allowed: 0123456789ABCDEFGHJKLMNPQRTUWXY)',
    });
    expect(validateUscc('91110000600037341M')).toEqual({
      ok: false,
      reason: 'CHECK_CHAR',
      message: 'USCC check character (position 18) is wrong',
    });
    expect(usccSchema.safeParse(42).error?.issues[0].message).toBe('USCC must be a string');
  });

  it('labels an unknown registration authority and organisation type as 未知 and still reads the division', () => {
    expect(validateUscc('Q9510502000000001T')).toEqual({
      ok: true,
      code: 'Q9510502000000001T',
      registrationAuthority: '未知',
      orgType: 'Q9',
      orgTypeLabel: '未知',
      issuingDivision: '510502',
      isLuzhouIssued: true,
    });
  });

  it('names the input error INVALID_USCC on the schema issue, which the problem body carries as its rule', () => {
    const issue = usccSchema.safeParse('91110000600037341M').error?.issues[0];
    expect(issue).toMatchObject({ code: 'custom', params: { rule: 'INVALID_USCC' } });
    expect(isValidUscc('91110000600037341L')).toBe(true);
    expect(isValidUscc('91110000600037341M')).toBe(false);
    expect(isValidUscc(null)).toBe(false);
  });
});
