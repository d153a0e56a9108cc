import { Injectable } from '@nestjs/common';
import type { PrismaTx } from '../infra/prisma/prisma.service';
import type { Channel, OutgoingMessage } from './channel-sender';

/** Anything that runs raw SQL: a transaction client or the relay's own pool. */
type Sql = Pick<PrismaTx, '$executeRawUnsafe' | '$queryRawUnsafe'>;

export interface NewDelivery {
  id: string;
  notificationId: string;
  channel: Channel;
  address: string;
  subject: string;
  body: string;
}

export interface ClaimedDelivery extends OutgoingMessage {
  /** Attempts so far, this one included. */
  attempts: number;
}

/**
 * The deliveries waiting for the relay, like the event outbox: written in the transaction of their
 * notification; claimed with `FOR UPDATE SKIP LOCKED` and a lease (so two relays never take the same
 * row, and a relay that died mid-send leaves it to be taken again once the lease ends); marked SENT
 * only after the provider accepted it.
 */
@Injectable()
export class DeliveryRepository {
  /** Once per (notification, channel, address). */
  async add(tx: Sql, d: NewDelivery): Promise<void> {
    await tx.$executeRawUnsafe(
      `INSERT INTO delivery (id, notification_id, channel, address, subject, body)
       VALUES ($1::uuid, $2::uuid, $3, $4, $5, $6)
       ON CONFLICT (notification_id, channel, address) DO NOTHING`,
      d.id,
      d.notificationId,
      d.channel,
      d.address,
      d.subject,
      d.body,
    );
  }

  claim(db: Sql, channel: Channel, limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
    return db.$queryRawUnsafe<ClaimedDelivery[]>(
      `WITH due AS (
         SELECT id FROM delivery
          WHERE status = 'PENDING' AND channel = $1 AND next_attempt_at <= now()
            AND (lease_until IS NULL OR lease_until < now())
          ORDER BY next_attempt_at, id
          LIMIT $2
          FOR UPDATE SKIP LOCKED)
       UPDATE delivery d
          SET lease_until = now() + make_interval(secs => $3::double precision / 1000),
              attempts = d.attempts + 1
         FROM due WHERE d.id = due.id
       RETURNING d.id::text AS id, d.address, d.subject, d.body, d.attempts`,
      channel,
      limit,
      leaseMs,
    );
  }

  async markSent(db: Sql, id: string): Promise<void> {
    await db.$executeRawUnsafe(
      `UPDATE delivery SET status = 'SENT', sent_at = now(), lease_until = NULL, last_error = NULL
        WHERE id = $1::uuid AND status = 'PENDING'`,
      id,
    );
  }

  /** A failure that may pass: the row waits `delayMs` and is taken again. */
  async retryLater(db: Sql, id: string, delayMs: number, error: string): Promise<void> {
    await db.$executeRawUnsafe(
      `UPDATE delivery SET next_attempt_at = now() + make_interval(secs => $2::double precision / 1000),
              lease_until = NULL, last_error = $3
        WHERE id = $1::uuid AND status = 'PENDING'`,
      id,
      delayMs,
      error,
    );
  }

  /** The provider refused it for good (e.g. SMTP 550): kept, visible, not retried. */
  async markFailed(db: Sql, id: string, error: string): Promise<void> {
    await db.$executeRawUnsafe(
      `UPDATE delivery SET status = 'FAILED', lease_until = NULL, last_error = $2
        WHERE id = $1::uuid AND status = 'PENDING'`,
      id,
      error,
    );
  }

  /** Rows per channel and status, and the age of the oldest due pending row (metrics, health). */
  backlog(
    db: Sql,
  ): Promise<Array<{ channel: string; status: string; n: number; oldestDueMs: number | null }>> {
    return db.$queryRawUnsafe(
      `SELECT channel, status, count(*)::int AS n,
              (extract(epoch FROM now() - min(next_attempt_at) FILTER (WHERE status = 'PENDING')) * 1000)::float8
                AS "oldestDueMs"
         FROM delivery GROUP BY channel, status`,
    );
  }
}
