import { schemaDriftOf } from '@lz/testing';

describe('evaluation Prisma schema', () => {
  it('agrees with the database its migrations build (tables, columns, nullability, types)', async () => {
    expect(await schemaDriftOf('evaluation')).toEqual([]);
  });
});
