import { schemaDriftOf } from '@lz/testing';

describe('intake Prisma schema', () => {
  it('agrees with the database its migrations build (tables, columns, nullability, types)', async () => {
    expect(await schemaDriftOf('intake')).toEqual([]);
  });
});
