/**
 * Whether an error means "the database (or the network to it) is not answering" rather than "this
 * piece of work is wrong". The consumers, the deadline worker and the outbox relay treat the two
 * differently (ARCHITECTURE.md "Outages"): an infrastructure failure never spends one of a message's
 * or a job's attempts — the work waits until the server answers again — while a failure of the
 * handler's own logic or of the message counts toward retry and dead-lettering.
 *
 * Recognised by what the drivers put on the error or any of its causes:
 * - Node socket errors (`ECONNREFUSED`, `ECONNRESET`, `ETIMEDOUT`, `EPIPE`, …);
 * - PostgreSQL SQLSTATE class 08 (connection exception), 57P01–57P03 (shutdown, cannot connect
 *   now) and 53300 (too many connections);
 * - Prisma's connectivity codes (P1001 can't reach, P1002/P1008 timed out, P1017 server closed the
 *   connection, P2024 pool timeout) and its "Unable to start a transaction in the given time";
 * - node-postgres' "Connection terminated", "timeout exceeded when trying to connect", "timeout expired"
 *   (its own connect timeout) and "… is not queryable" (a query sent on a client whose socket has
 *   already failed or closed — what a pooled client handed out just as its connection was cut says).
 *
 * A transaction that started and then ran past its own timeout is NOT an infrastructure failure:
 * that is the handler being slow, and it counts.
 */
export function isInfrastructureFailure(err: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = err;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    if (describesInfrastructure(current as Record<string, unknown>)) return true;
    if (current instanceof AggregateError && current.errors.some((e) => isInfrastructureFailure(e))) {
      return true;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const POSTGRES_STATES = new Set(['57P01', '57P02', '57P03', '53300']);
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
const MESSAGES = [
  /Unable to start a transaction in the given time/i,
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /^timeout expired$/i,
  /Client has encountered a connection error and is not queryable/i,
  /Client was closed and is not queryable/i,
  /Can't reach database server/i,
  /Server has closed the connection/i,
  /Connection refused/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
];

function describesInfrastructure(e: Record<string, unknown>): boolean {
  const code = typeof e['code'] === 'string' ? e['code'] : undefined;
  if (code) {
    if (SOCKET_CODES.has(code) || PRISMA_CODES.has(code) || POSTGRES_STATES.has(code)) return true;
    if (/^08[0-9A-Z]{3}$/.test(code)) return true;
  }
  // Prisma's driver adapters carry the original driver error as `cause` with `originalCode`.
  const original = typeof e['originalCode'] === 'string' ? e['originalCode'] : undefined;
  if (original && (POSTGRES_STATES.has(original) || /^08[0-9A-Z]{3}$/.test(original))) return true;
  const message = typeof e['message'] === 'string' ? e['message'] : '';
  return MESSAGES.some((m) => m.test(message));
}
