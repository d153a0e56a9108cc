import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Scope } from '@lz/auth';
import type { ApplicationStatus } from '@lz/policy';
import { visibleTo } from '../applications/applications.repository';
import type { PrismaTx } from '../infra/prisma/prisma.service';
import type { TimelineEntry } from '../infra/prisma/generated/client';

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

  /** Oldest first: in the order intake recorded the changes (forward-only, so also status order). */
  listVisible(tx: PrismaTx, scope: Scope, applicationId: string): Promise<TimelineEntry[]> {
    return tx.timelineEntry.findMany({
      where: { applicationId, application: visibleTo(scope) },
      orderBy: [{ recordedAt: 'asc' }, { occurredAt: 'asc' }],
      take: 1000,
    });
  }
}
