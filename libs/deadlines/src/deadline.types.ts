import type { SqlClient } from '@lz/persistence';

export type DeadlineStatus = 'PENDING' | 'FIRED' | 'CANCELLED';

/** One row of the platform `deadline` table (migration 20261127000000_platform_tables). */
export interface DeadlineRow {
  /** `'<kind>:<subjectId>'` */
  id: string;
  kind: string;
  subjectId: string;
  dueAt: Date;
  provisional: boolean;
  status: DeadlineStatus;
  firedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ScheduleDeadlineInput<K extends string = string> {
  kind: K;
  subjectId: string;
  dueAt: Date;
  /** A due instant computed from provisional calendar data (may be recomputed later). */
  provisional?: boolean;
}

/** What `schedule` returns (its job is ensured when the scheduling transaction commits). */
export interface ScheduledDeadline {
  id: string;
  kind: string;
  dueAt: Date;
  status: DeadlineStatus;
}

/**
 * A kind's handler: runs in the same transaction that marks the row FIRED, given as the service's own
 * transaction client `Tx` (see `deadlineHandlerDecorator`).
 */
export type DeadlineHandlerFn<Tx = SqlClient> = (deadline: DeadlineRow, tx: Tx) => Promise<void>;

/**
 * A kind's batch handler: the rows of that kind that fell due together (one or more, each already
 * marked FIRED in `tx`), decided in that one transaction — see `deadlineBatchHandlerDecorator`.
 */
export type DeadlineBatchHandlerFn<Tx = SqlClient> = (deadlines: DeadlineRow[], tx: Tx) => Promise<void>;

/** What the worker did with one job. */
export type DeadlineJobOutcome = 'fired' | 'skipped';

/**
 * Declares an app's deadline kinds as a typed constant list:
 * `export const DEADLINE_KINDS = defineDeadlineKinds(['publicity.notice.expiry'] as const);`
 * `type Kind = DeadlineKindOf<typeof DEADLINE_KINDS>;`
 */
export function defineDeadlineKinds<const K extends readonly string[]>(kinds: K): K {
  const seen = new Set<string>();
  for (const kind of kinds) {
    if (!/^[a-z][a-z0-9_.-]*$/.test(kind)) {
      throw new Error(`Deadline kind "${kind}" must be lowercase dotted (e.g. "publicity.notice.expiry").`);
    }
    if (seen.has(kind)) throw new Error(`Deadline kind "${kind}" is declared twice.`);
    seen.add(kind);
  }
  return kinds;
}

export type DeadlineKindOf<T extends readonly string[]> = T[number];

/** The row id for a kind and subject: `'<kind>:<subjectId>'`. */
export function deadlineId(kind: string, subjectId: string): string {
  return `${kind}:${subjectId}`;
}
