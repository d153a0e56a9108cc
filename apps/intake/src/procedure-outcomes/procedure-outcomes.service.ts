import { Injectable, Logger } from '@nestjs/common';
import { recordAudit } from '@lz/platform';
import { canTransition, isAheadOnPath, type ApplicationStatus, type EventEnvelope } from '@lz/policy';
import { ApplicationsRepository } from '../applications/applications.repository';
import type { PrismaTx } from '../infra/prisma/prisma.service';
import { TimelineRepository } from '../timeline/timeline.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface StatusChange {
  applicationId: string;
  to: ApplicationStatus;
  /** The revision the decision was about; a decision on an older revision is stale. */
  revision?: number;
  occurredAt: string;
  note?: string | null;
}

export type ChangeOutcome = 'applied' | 'unknown-application' | 'stale-revision' | 'not-forward';

/**
 * The event announces a status further along the path than the next one: the event(s) leading there
 * are still on their way (a producer's events may be handled concurrently). Thrown so that the
 * transport rolls back and redelivers it with back-off, instead of dropping it.
 */
export class EventArrivedEarlyError extends Error {
  override readonly name = 'EventArrivedEarlyError';
  constructor(type: string, from: ApplicationStatus, to: ApplicationStatus) {
    super(
      `${type} moves the application to ${to}, but it is still ${from}: waiting for the events in between`,
    );
  }
}

/**
 * Applies what review and publicity decided to the application's status, forward only
 * (`canTransition`), in the delivery's transaction, with a timeline entry and an audit row. A stale
 * or duplicate event changes nothing and adds nothing; an event that arrived before its predecessor
 * is redelivered later (EventArrivedEarlyError).
 */
@Injectable()
export class ProcedureOutcomesService {
  private readonly logger = new Logger('intake.procedure-outcomes');

  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly timeline: TimelineRepository,
  ) {}

  async apply(tx: PrismaTx, envelope: EventEnvelope, change: StatusChange): Promise<ChangeOutcome> {
    // Ids on the wire are opaque strings; ours are UUIDs, so anything else is not an application here.
    const app = UUID.test(change.applicationId)
      ? await this.applications.lockForEvent(tx, change.applicationId)
      : null;
    if (!app) {
      this.logger.warn(
        `${envelope.type} ${envelope.id}: no application ${change.applicationId} here; ignored`,
      );
      return 'unknown-application';
    }
    if (change.revision !== undefined && change.revision !== app.revision) return 'stale-revision';
    const from = app.status as ApplicationStatus;
    if (!canTransition(from, change.to)) {
      if (isAheadOnPath(from, change.to)) throw new EventArrivedEarlyError(envelope.type, from, change.to);
      return 'not-forward';
    }
    await this.applications.setStatus(tx, app.id, change.to);
    await this.timeline.add(tx, {
      applicationId: app.id,
      status: change.to,
      source: envelope.source,
      eventId: envelope.id,
      eventType: envelope.type,
      occurredAt: new Date(change.occurredAt),
      note: change.note ?? null,
    });
    await recordAudit(
      tx,
      { system: 'intake.consumer' },
      {
        action: 'application.transitioned',
        objectType: 'application',
        objectId: app.id,
        detail: { from: app.status, to: change.to, eventId: envelope.id, eventType: envelope.type },
      },
    );
    return 'applied';
  }

  /**
   * Records on the timeline something that happened to the application without changing its status
   * (an objection filed during publicity). Unknown applications are ignored like status changes.
   */
  async note(
    tx: PrismaTx,
    envelope: EventEnvelope,
    fact: { applicationId: string; occurredAt: string; note: string },
  ): Promise<'noted' | 'unknown-application'> {
    const app = UUID.test(fact.applicationId)
      ? await this.applications.lockForEvent(tx, fact.applicationId)
      : null;
    if (!app) return 'unknown-application';
    await this.timeline.add(tx, {
      applicationId: app.id,
      status: app.status as ApplicationStatus,
      source: envelope.source,
      eventId: envelope.id,
      eventType: envelope.type,
      occurredAt: new Date(fact.occurredAt),
      note: fact.note,
    });
    return 'noted';
  }
}
