import { UnrecoverableError } from 'bullmq';
import {
  deadlineDelayMs,
  deadlineJobId,
  deadlineJobOptions,
  deadlineJobPayloadSchema,
  deadlineQueueName,
  DEADLINE_JOB_DEFAULTS,
} from './deadline-job';
import { OffsetClock } from './clock';

describe('deadlineJobId', () => {
  const due = new Date('2026-12-04T10:00:00.000Z');

  it('encodes the row id without colons and appends the due instant', () => {
    expect(deadlineJobId('publicity.notice.expiry:N-42', due)).toBe(
      `publicity.notice.expiry__N-42@${due.getTime()}`,
    );
  });

  it('gives a rescheduled row a different job id', () => {
    const later = new Date(due.getTime() + 1);
    expect(deadlineJobId('k:s', later)).not.toBe(deadlineJobId('k:s', due));
  });

  it('is deterministic for the same row and instant', () => {
    expect(deadlineJobId('k:s', new Date(due))).toBe(deadlineJobId('k:s', due));
  });

  it('rejects an invalid due instant', () => {
    expect(() => deadlineJobId('k:s', new Date(Number.NaN))).toThrow(/invalid due instant/);
  });
});

describe('deadlineDelayMs', () => {
  const now = new Date('2026-11-27T08:00:00.000Z');

  it('is the time left until the due instant', () => {
    expect(deadlineDelayMs(new Date(now.getTime() + 2_000), now)).toBe(2_000);
  });

  it('is zero for an overdue deadline', () => {
    expect(deadlineDelayMs(new Date(now.getTime() - 5_000), now)).toBe(0);
  });

  it('follows a clock jumped to 2 s before a deadline five days away', () => {
    const clock = new OffsetClock({ now: () => now });
    const due = new Date(now.getTime() + 5 * 24 * 3600_000);
    clock.jumpTo(new Date(due.getTime() - 2_000));
    expect(deadlineDelayMs(due, clock.now())).toBe(2_000);
  });
});

describe('deadlineJobOptions', () => {
  it('decides attempts, exponential back-off, bounded completed retention and kept failures', () => {
    const now = new Date('2026-11-27T08:00:00.000Z');
    const opts = deadlineJobOptions('k:s', new Date(now.getTime() + 10), now);
    expect(opts).toMatchObject({
      jobId: `k__s@${now.getTime() + 10}`,
      delay: 10,
      attempts: DEADLINE_JOB_DEFAULTS.attempts,
      backoff: { type: 'exponential', delay: DEADLINE_JOB_DEFAULTS.backoffMs },
      removeOnComplete: {
        age: DEADLINE_JOB_DEFAULTS.keepCompletedAgeS,
        count: DEADLINE_JOB_DEFAULTS.keepCompletedCount,
      },
      removeOnFail: false,
    });
  });
});

describe('deadlineQueueName', () => {
  it('names the queue after the service', () => {
    expect(deadlineQueueName('publicity')).toBe('publicity.deadlines');
  });

  it('refuses a service name BullMQ would reject', () => {
    expect(() => deadlineQueueName('a:b')).toThrow(/must be lowercase/);
  });
});

describe('deadlineJobPayloadSchema', () => {
  it('accepts ids only', () => {
    expect(deadlineJobPayloadSchema.safeParse({ deadlineId: 'k:s', dueAtMs: 1 }).success).toBe(true);
  });

  it('refuses extra data in the payload', () => {
    expect(deadlineJobPayloadSchema.safeParse({ deadlineId: 'k:s', dueAtMs: 1, notice: {} }).success).toBe(
      false,
    );
  });

  it('has BullMQ UnrecoverableError available for permanent failures', () => {
    expect(new UnrecoverableError('x')).toBeInstanceOf(Error);
  });
});
