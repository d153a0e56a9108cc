import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Scope } from '@lz/auth';
import { pageArgs } from '@lz/http';
import type { ApplicationStatus } from '@lz/policy';
import { visibleTo } from '../applications/applications.repository';
import type { PrismaTx } from '../infra/prisma/prisma.service';
import type { Prisma, TimelineEntry } from '../infra/prisma/generated/client';
import type { ListTimelineQuery } from '../applications/applications.schema';

export interface NewTimelineEntry {
  applicationId: string;
  status: ApplicationStatus;
  /** The service that caused the change: intake, review, publicity. */
  source: string;
  eventId?: string | null;
  eventType?: string | null;
  occurredAt: Date;
  note?: string | null;
}

/** The applicant-facing status timeline: read through the caller's scope, written by state changes. */
@Injectable()
export class TimelineRepository {
  add(tx: PrismaTx, entry: NewTimelineEntry): Promise<TimelineEntry> {
    return tx.timelineEntry.create({
      data: {
        id: randomUUID(),
        applicationId: entry.applicationId,
        status: entry.status,
        source: entry.source,
        eventId: entry.eventId ?? null,
        eventType: entry.eventType ?? null,
        occurredAt: entry.occurredAt,
        note: entry.note ?? null,
      },
    });
  }

  /**
   * One page, by default oldest first: in the order intake recorded the changes (forward-only, so
   * also status order); ties by the instant it happened, then id.
   */
  async pageVisible(
    tx: PrismaTx,
    scope: Scope,
    applicationId: string,
    q: ListTimelineQuery,
  ): Promise<{ rows: TimelineEntry[]; total: number }> {
    const where: Prisma.TimelineEntryWhereInput = { applicationId, application: visibleTo(scope) };
    const [rows, total] = await Promise.all([
      tx.timelineEntry.findMany({
        where,
        ...pageArgs<Prisma.TimelineEntryOrderByWithRelationInput, 'recordedAt'>(q, {
          columns: { recordedAt: ['recordedAt', 'occurredAt'] },
        }),
      }),
      tx.timelineEntry.count({ where }),
    ]);
    return { rows, total };
  }
}
