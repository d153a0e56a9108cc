import { isSerializationFailure } from './serializable-retry';

describe(isSerializationFailure.name, () => {
  it('recognises Prisma P2034, SQLSTATE 40001/40P01 and wrapped causes', () => {
    expect(isSerializationFailure({ code: 'P2034' })).toBe(true);
    expect(isSerializationFailure({ code: '40001' })).toBe(true);
    expect(isSerializationFailure({ code: '40P01' })).toBe(true);
    expect(isSerializationFailure(new Error('tx failed', { cause: { code: '40001' } }))).toBe(true);
    expect(isSerializationFailure({ code: 'P2010', meta: { code: '40001' } })).toBe(true);
  });

  it('rejects other errors', () => {
    expect(isSerializationFailure({ code: '23505' })).toBe(false);
    expect(isSerializationFailure(new Error('boom'))).toBe(false);
    expect(isSerializationFailure(undefined)).toBe(false);
  });
});
