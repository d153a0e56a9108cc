import { z } from 'zod';
import { ProblemException } from '../problem/problem.exception';
import { formatPath } from '@lz/policy';
import { ZodPipe } from './zod.pipe';

const schema = z.strictObject({
  name: z.string().min(2).max(5),
  kind: z.enum(['ENTERPRISE', 'UNIVERSITY']),
  fundsFen: z.number().int().nonnegative(),
  email: z.email().optional(),
  members: z.array(z.strictObject({ uscc: z.string().length(18) })).max(2),
  share: z
    .number()
    .refine((n) => n <= 70, {
      error: 'Lead share above 70%',
      params: { rule: '2.3a', messageZh: '牵头单位占比超过70%' },
    })
    .optional(),
});

function errorsOf(value: unknown, type: 'body' | 'query' | 'param' = 'body', data?: string) {
  try {
    new ZodPipe(schema).transform(value, { type, data });
  } catch (e) {
    expect(e).toBeInstanceOf(ProblemException);
    const p = (e as ProblemException).problem;
    expect(p.status).toBe(400);
    return p.errors;
  }
  throw new Error('expected the pipe to reject');
}

const valid = { name: 'abc', kind: 'ENTERPRISE', fundsFen: 100, members: [] };

describe(ZodPipe.name, () => {
  it('returns the parsed value of a valid input', () => {
    expect(new ZodPipe(schema).transform(valid, { type: 'body' })).toEqual(valid);
  });

  it('names a missing required field', () => {
    expect(errorsOf({ kind: 'ENTERPRISE', fundsFen: 1, members: [] })).toEqual([
      {
        rule: 'input.invalid_type',
        path: 'name',
        message: 'Required (string)',
        messageZh: '必填项（string）',
      },
    ]);
  });

  it('names a wrong type with its path inside an array', () => {
    const errors = errorsOf({ ...valid, members: [{ uscc: '91110000600037341L' }, { uscc: 5 }] });
    expect(errors).toEqual([
      expect.objectContaining({ rule: 'input.invalid_type', path: 'members[1].uscc' }),
    ]);
  });

  it('names each unknown field', () => {
    const errors = errorsOf({ ...valid, isAdmin: true, members: [{ uscc: '91110000600037341L', x: 1 }] });
    expect(errors.map((e) => `${e.rule} ${e.path}`).sort()).toEqual([
      'input.unrecognized_keys isAdmin',
      'input.unrecognized_keys members[0].x',
    ]);
    expect(errors.find((e) => e.path === 'isAdmin')?.messageZh).toContain('isAdmin');
  });

  it('reports too big, too small, bad enum values and formats with Chinese messages', () => {
    const errors = errorsOf({
      ...valid,
      name: 'a',
      kind: 'BANK',
      fundsFen: -1,
      email: 'nope',
      members: [{ uscc: 'x'.repeat(18) }, { uscc: 'x'.repeat(18) }, { uscc: 'x'.repeat(18) }],
    });
    const byPath = Object.fromEntries(errors.map((e) => [e.path, e]));
    expect(byPath.name.rule).toBe('input.too_small');
    expect(byPath.name.messageZh).toBe('不得少于 2 个字符');
    expect(byPath.kind.rule).toBe('input.invalid_value');
    expect(byPath.kind.messageZh).toContain('"ENTERPRISE"');
    expect(byPath.fundsFen.rule).toBe('input.too_small');
    expect(byPath.email.rule).toBe('input.invalid_format');
    expect(byPath.members.rule).toBe('input.too_big');
    expect(byPath.members.messageZh).toBe('不得超过 2 项');
  });

  it('keeps the rule id and Chinese text of a custom refinement', () => {
    expect(errorsOf({ ...valid, share: 80 })).toEqual([
      { rule: '2.3a', path: 'share', message: 'Lead share above 70%', messageZh: '牵头单位占比超过70%' },
    ]);
  });

  it('prefixes query and param paths', () => {
    expect(errorsOf({ ...valid, name: 5 }, 'query')[0].path).toBe('query.name');
    expect(() => new ZodPipe(z.uuid()).transform('x', { type: 'param', data: 'id' })).toThrow(
      ProblemException,
    );
    try {
      new ZodPipe(z.uuid()).transform('x', { type: 'param', data: 'id' });
    } catch (e) {
      expect((e as ProblemException).problem.errors[0].path).toBe('params.id');
    }
  });
});

describe(formatPath.name, () => {
  it('writes array indexes in brackets', () => {
    expect(formatPath(['members', 2, 'uscc'])).toBe('members[2].uscc');
    expect(formatPath([0, 'a'])).toBe('[0].a');
    expect(formatPath(['x'], 'query')).toBe('query.x');
  });
});
