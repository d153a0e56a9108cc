import { schemaDriftOf } from '@lz/testing';

describe('notifications Prisma schema', () => {
  it('agrees with the database its migrations build (tables, columns, nullability, types)', async () => {
    expect(await schemaDriftOf('notifications')).toEqual([]);
  });
});
