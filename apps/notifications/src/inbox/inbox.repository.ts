import { Injectable } from '@nestjs/common';
import type { Principal } from '@lz/auth';
import { containsText, pageArgs } from '@lz/http';
import type { Prisma } from '../infra/prisma/generated/client';
import type { PrismaTx } from '../infra/prisma/prisma.service';
import type { ListNotificationsQuery } from './inbox.schema';

/**
 * What a caller's inbox holds: messages to the login, to its unit (an applicant's USCC), to its
 * institution (an evaluator's `org`), and to its role (reviewers: of its jurisdiction only). Each
 * clause names its recipient kind: an institution's message is not its whole role's, nor a unit's
 * that happens to share the USCC. Every query here takes the principal, so an unscoped read of the
 * inbox cannot be written.
 */
export function addressedTo(p: Principal): Prisma.NotificationWhereInput {
  const or: Prisma.NotificationWhereInput[] = [{ recipientKind: 'USER', recipientSub: p.sub }];
  if (p.role === 'applicant') or.push({ recipientKind: 'UNIT', recipientUscc: p.uscc });
  if (p.role === 'evaluator')
    or.push({ recipientKind: 'ORG', recipientRole: 'evaluator', recipientUscc: p.org });
  or.push(
    p.role === 'reviewer'
      ? { recipientKind: 'ROLE', recipientRole: 'reviewer', recipientJurisdiction: p.jurisdiction }
      : { recipientKind: 'ROLE', recipientRole: p.role, recipientJurisdiction: null },
  );
  return { OR: or };
}

const withOwnRead = (sub: string) =>
  ({ reads: { where: { sub }, select: { readAt: true } } }) satisfies Prisma.NotificationInclude;

@Injectable()
export class InboxRepository {
  list(tx: PrismaTx, p: Principal, q: ListNotificationsQuery) {
    const where: Prisma.NotificationWhereInput = {
      AND: [
        addressedTo(p),
        q.unread === 'true' ? { reads: { none: { sub: p.sub } } } : {},
        q.unread === 'false' ? { reads: { some: { sub: p.sub } } } : {},
        q.kind ? { kind: q.kind } : {},
        q.q ? { title: containsText(q.q) } : {},
      ],
    };
    return Promise.all([
      tx.notification.findMany({
        where,
        include: withOwnRead(p.sub),
        ...pageArgs<Prisma.NotificationOrderByWithRelationInput>(q),
      }),
      tx.notification.count({ where }),
    ]);
  }

  unreadCount(tx: PrismaTx, p: Principal): Promise<number> {
    return tx.notification.count({ where: { AND: [addressedTo(p), { reads: { none: { sub: p.sub } } }] } });
  }

  findOwn(tx: PrismaTx, p: Principal, id: string) {
    return tx.notification.findFirst({
      where: { AND: [addressedTo(p), { id }] },
      include: withOwnRead(p.sub),
    });
  }

  /** Marks one message read by this login, once (the first read time is kept). */
  async markRead(tx: PrismaTx, sub: string, id: string): Promise<void> {
    await tx.$executeRawUnsafe(
      `INSERT INTO notification_read (notification_id, sub) VALUES ($1::uuid, $2) ON CONFLICT DO NOTHING`,
      id,
      sub,
    );
  }

  /** Marks every unread message of the caller's inbox read; returns how many. */
  async markAllRead(tx: PrismaTx, p: Principal): Promise<number> {
    const unread = await tx.notification.findMany({
      where: { AND: [addressedTo(p), { reads: { none: { sub: p.sub } } }] },
      select: { id: true },
    });
    if (unread.length === 0) return 0;
    const { count } = await tx.notificationRead.createMany({
      data: unread.map((n) => ({ notificationId: n.id, sub: p.sub })),
      skipDuplicates: true,
    });
    return count;
  }
}
