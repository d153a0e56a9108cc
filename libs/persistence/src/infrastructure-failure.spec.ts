import { isInfrastructureFailure } from './infrastructure-failure';

describe('isInfrastructureFailure (ARCHITECTURE.md "Outages")', () => {
  const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

  it.each([
    ['a refused socket', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['a reset socket', withCode('ECONNRESET')],
    [
      'Postgres shutting down (57P01)',
      withCode('57P01', 'terminating connection due to administrator command'),
    ],
    ['Postgres not accepting yet (57P03)', withCode('57P03')],
    ['a connection exception (08006)', withCode('08006')],
    ['too many connections (53300)', withCode('53300')],
    ['Prisma cannot reach the server (P1001)', withCode('P1001')],
    ['Prisma pool timeout (P2024)', withCode('P2024')],
    [
      'no transaction could start',
      withCode('P2028', 'Transaction API error: Unable to start a transaction in the given time.'),
    ],
    ['node-postgres lost its connection', new Error('Connection terminated unexpectedly')],
    ['node-postgres pool connect timeout', new Error('timeout exceeded when trying to connect')],
    ['node-postgres connect timeout', new Error('timeout expired')],
    [
      'a query on a pooled client whose socket had just failed',
      new Error('Client has encountered a connection error and is not queryable'),
    ],
    ['a query on a closed client', new Error('Client was closed and is not queryable')],
    [
      'a cause two levels down',
      new Error('outer', { cause: new Error('mid', { cause: withCode('ECONNREFUSED') }) }),
    ],
    ['an AggregateError of refused sockets', new AggregateError([withCode('ECONNREFUSED')], '')],
    [
      'a driver adapter error with the SQLSTATE as originalCode',
      Object.assign(new Error('db'), { originalCode: '57P01' }),
    ],
  ])('%s is infrastructure', (_name, err) => {
    expect(isInfrastructureFailure(err)).toBe(true);
  });

  it.each([
    ['a handler bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a unique violation (23505)', withCode('23505', 'duplicate key value violates unique constraint')],
    ['a serialization failure (40001) — retried by the runner, counted here', withCode('40001')],
    ['a check violation (23514)', withCode('23514')],
    [
      'a transaction that ran past its own timeout',
      withCode(
        'P2028',
        'Transaction already closed: A commit cannot be executed on an expired transaction. The timeout for this transaction was 10000 ms',
      ),
    ],
    ['a rule refusal', new Error('docs/SPEC.md 2.3b: at most 3 members outside Luzhou')],
    ['not an error at all', 'ECONNREFUSED'],
    ['undefined', undefined],
  ])('%s is not infrastructure', (_name, err) => {
    expect(isInfrastructureFailure(err)).toBe(false);
  });

  it('does not loop on a cyclic cause chain', () => {
    const a = new Error('a') as Error & { cause?: unknown };
    const b = new Error('b', { cause: a });
    a.cause = b;
    expect(isInfrastructureFailure(a)).toBe(false);
  });
});
