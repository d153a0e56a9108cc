import { Injectable } from '@nestjs/common';
import type { Principal } from '@lz/auth';
import { NotFoundProblem, pageOf } from '@lz/http';
import type { Notification } from '../infra/prisma/generated/client';
import { PrismaService } from '../infra/prisma/prisma.service';
import type { NotificationKind } from '../events/messages';
import { InboxRepository } from './inbox.repository';
import type { ListNotificationsQuery, NotificationView } from './inbox.schema';

type Row = Notification & { reads: Array<{ readAt: Date }> };

/** The caller's own inbox; another login's message answers 404 like one that does not exist. */
@Injectable()
export class InboxService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly inbox: InboxRepository,
  ) {}

  async list(p: Principal, q: ListNotificationsQuery) {
    const [rows, total] = await this.prisma.transaction((tx) => this.inbox.list(tx, p, q));
    return pageOf(rows.map(view), total, q);
  }

  async unreadCount(p: Principal) {
    return { unread: await this.prisma.transaction((tx) => this.inbox.unreadCount(tx, p)) };
  }

  async markRead(p: Principal, id: string): Promise<NotificationView> {
    const row = await this.prisma.transaction(async (tx) => {
      const found = await this.inbox.findOwn(tx, p, id);
      if (!found) throw new NotFoundProblem('notification');
      await this.inbox.markRead(tx, p.sub, id);
      return this.inbox.findOwn(tx, p, id);
    });
    return view(row as Row);
  }

  async markAllRead(p: Principal) {
    return { marked: await this.prisma.transaction((tx) => this.inbox.markAllRead(tx, p)) };
  }
}

function view(n: Row): NotificationView {
  const readAt = n.reads[0]?.readAt ?? null;
  return {
    id: n.id,
    kind: n.kind as NotificationKind,
    addressedTo: n.recipientKind as NotificationView['addressedTo'],
    title: n.title,
    body: n.body,
    objectType: n.objectType,
    objectId: n.objectId,
    link: n.link,
    createdAt: n.createdAt.toISOString(),
    read: readAt !== null,
    readAt: readAt?.toISOString() ?? null,
  };
}
