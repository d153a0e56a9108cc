import fc from 'fast-check';
import { computeUsccCheckChar, USCC_CHARSET, usccSchema, validateUscc } from './uscc';

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
});
