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
