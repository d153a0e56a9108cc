import { Injectable } from '@nestjs/common';
import type { Scope } from '@lz/auth';
import type { AttachmentCategory } from '@lz/policy';
import type { PrismaTx } from '../infra/prisma/prisma.service';
import type { Attachment } from '../infra/prisma/generated/client';
import { visibleTo } from '../applications/applications.repository';

export type AttachmentRow = Attachment;

/** Attachment metadata; reads go through the caller's scope on the owning application. */
@Injectable()
export class AttachmentsRepository {
  insert(
    tx: PrismaTx,
    row: Omit<Attachment, 'createdAt' | 'category'> & { category: AttachmentCategory },
  ): Promise<AttachmentRow> {
    return tx.attachment.create({ data: row });
  }

  /** Removes one attachment of the (already locked) application; `null` when it has no such attachment. */
  async delete(tx: PrismaTx, applicationId: string, id: string): Promise<AttachmentRow | null> {
    const row = await tx.attachment.findFirst({ where: { id, applicationId } });
    if (!row) return null;
    await tx.attachment.delete({ where: { id: row.id } });
    return row;
  }

  /** The submitted revisions that froze this attachment (their `attachments` snapshot names its id). */
  async frozenIn(tx: PrismaTx, applicationId: string, id: string): Promise<number[]> {
    const revisions = await tx.applicationRevision.findMany({
      where: { applicationId },
      select: { revision: true, attachments: true },
      orderBy: { revision: 'asc' },
    });
    return revisions
      .filter(
        (r) => Array.isArray(r.attachments) && r.attachments.some((a) => (a as { id?: unknown })?.id === id),
      )
      .map((r) => r.revision);
  }

  countFor(tx: PrismaTx, applicationId: string): Promise<number> {
    return tx.attachment.count({ where: { applicationId } });
  }

  listVisible(tx: PrismaTx, scope: Scope, applicationId: string): Promise<AttachmentRow[]> {
    return tx.attachment.findMany({
      where: { applicationId, application: visibleTo(scope) },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  findVisible(tx: PrismaTx, scope: Scope, applicationId: string, id: string): Promise<AttachmentRow | null> {
    return tx.attachment.findFirst({ where: { id, applicationId, application: visibleTo(scope) } });
  }
}
