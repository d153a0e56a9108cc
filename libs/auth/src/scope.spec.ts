import { NotFoundException } from '@nestjs/common';
import { assertVisible, NotVisibleException, scopeOf } from './scope';

describe(scopeOf.name, () => {
  it('maps every role to its scope', () => {
    expect(scopeOf({ sub: 'a', role: 'applicant', uscc: '91110000600037341L' })).toEqual({
      kind: 'unit',
      uscc: '91110000600037341L',
    });
    expect(scopeOf({ sub: 'r', role: 'reviewer', jurisdiction: '510502' })).toEqual({
      kind: 'jurisdiction',
      code: '510502',
    });
    expect(scopeOf({ sub: 'o', role: 'officer' })).toEqual({ kind: 'city' });
    expect(scopeOf({ sub: 'e', role: 'expert', org: '121200004013590816' })).toEqual({
      kind: 'expert',
      org: '121200004013590816',
      sub: 'e',
    });
    expect(scopeOf({ sub: 'v', role: 'evaluator', org: '91310115MA1K3BTP2B' })).toEqual({
      kind: 'evaluator',
      org: '91310115MA1K3BTP2B',
    });
  });
});

describe(assertVisible.name, () => {
  const app = { leadUscc: '91110000600037341L' };
  it('returns an object the caller may see', () => {
    expect(assertVisible(app, (a) => a.leadUscc === '91110000600037341L')).toBe(app);
  });
  it("answers another unit's object like a missing one (404)", () => {
    expect(() => assertVisible(app, (a) => a.leadUscc === 'other', 'application')).toThrow(
      NotVisibleException,
    );
    expect(() => assertVisible(null, () => true)).toThrow(NotFoundException);
  });
});
