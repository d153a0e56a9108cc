import { isUsccShaped, principalSchema } from './principal.schema';

describe('principalSchema', () => {
  it('accepts each role with its scope claim', () => {
    expect(principalSchema.parse({ sub: 'a', role: 'applicant', uscc: '91110000600037341L' })).toEqual({
      sub: 'a',
      role: 'applicant',
      uscc: '91110000600037341L',
    });
    expect(principalSchema.safeParse({ sub: 'r', role: 'reviewer', jurisdiction: '510502' }).success).toBe(
      true,
    );
    expect(principalSchema.safeParse({ sub: 'o', role: 'officer' }).success).toBe(true);
    expect(principalSchema.safeParse({ sub: 'e', role: 'expert', org: '121200004013590816' }).success).toBe(
      true,
    );
    expect(
      principalSchema.safeParse({ sub: 'v', role: 'evaluator', org: '91310115MA1K3BTP2B' }).success,
    ).toBe(true);
  });

  it('rejects a role missing its scope claim', () => {
    expect(principalSchema.safeParse({ sub: 'a', role: 'applicant' }).success).toBe(false);
    expect(principalSchema.safeParse({ sub: 'r', role: 'reviewer' }).success).toBe(false);
    expect(principalSchema.safeParse({ sub: 'e', role: 'expert' }).success).toBe(false);
    expect(principalSchema.safeParse({ sub: 'v', role: 'evaluator' }).success).toBe(false);
  });

  it('rejects an unknown role, an empty sub and a malformed USCC', () => {
    expect(principalSchema.safeParse({ sub: 'x', role: 'admin' }).success).toBe(false);
    expect(principalSchema.safeParse({ sub: '', role: 'officer' }).success).toBe(false);
    expect(
      principalSchema.safeParse({ sub: 'a', role: 'applicant', uscc: '91110000600037341X' }).success,
    ).toBe(false);
  });

  it('drops claims that are not part of the principal', () => {
    expect(
      principalSchema.parse({ sub: 'o', role: 'officer', iss: 'x', uscc: '91110000600037341L' }),
    ).toEqual({
      sub: 'o',
      role: 'officer',
    });
  });
});

describe(isUsccShaped.name, () => {
  it.each(['91110000600037341L', '121200004013590816', '91310115MA1K3BTP2B'])('accepts %s', (code) => {
    expect(isUsccShaped(code)).toBe(true);
  });
  it.each(['91110000600037341M', '9111000060003734', '91110000600037341l', 'I1110000600037341L'])(
    'rejects %s',
    (code) => {
      expect(isUsccShaped(code)).toBe(false);
    },
  );
});
