import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Preference } from '../infra/prisma/generated/client';
import type { PrismaTx } from '../infra/prisma/prisma.service';
import { DeliveryRelay } from '../deliveries/delivery-relay.service';
import { DeliveryRepository } from '../deliveries/delivery.repository';
import { renderEmail, renderSms } from '../deliveries/message-template';
import { NOTIFICATIONS_CONFIG, type NotificationsConfig } from '../notifications.config';
import { PreferencesRepository } from '../preferences/preferences.repository';
import { recipientKey, type Message, type Recipient } from './messages';
import { SubjectsRepository } from './subjects.repository';

/**
 * Stores the messages of one event, in the event's transaction: one inbox row per recipient
 * (`(event_id, recipient_key)` unique, besides the consumer's inbox), and one delivery per address
 * the recipient's people chose (see `emailAddresses`). Nothing is sent here: the relay sends after
 * commit, so a rolled-back event sends nothing.
 */
@Injectable()
export class NotifyService {
  constructor(
    private readonly subjects: SubjectsRepository,
    private readonly preferences: PreferencesRepository,
    private readonly deliveries: DeliveryRepository,
    private readonly relay: DeliveryRelay,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
  ) {}

  /** Returns how many deliveries it queued (the caller kicks the relay after commit). */
  async store(
    tx: PrismaTx,
    event: { id: string; type: string },
    messages: readonly Message[],
  ): Promise<number> {
    let queued = 0;
    for (const m of messages) {
      const id = randomUUID();
      const r = m.recipient;
      const inserted = await tx.$executeRawUnsafe(
        `INSERT INTO notification (id, event_id, event_type, kind, recipient_kind, recipient_key,
           recipient_sub, recipient_uscc, recipient_role, recipient_jurisdiction,
           title, body, object_type, object_id, link)
         VALUES ($1::uuid, $2::uuid, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
         ON CONFLICT (event_id, recipient_key) DO NOTHING`,
        id,
        event.id,
        event.type,
        m.kind,
        r.kind,
        recipientKey(r),
        r.kind === 'USER' ? r.sub : null,
        r.kind === 'UNIT' || r.kind === 'ORG' ? r.uscc : null,
        r.kind === 'ROLE' || r.kind === 'ORG' ? r.role : null,
        r.kind === 'ROLE' && r.role === 'reviewer' ? r.jurisdiction : null,
        m.title,
        m.body,
        m.objectType,
        m.objectId,
        m.link,
      );
      if (inserted === 0) continue;
      const people = await this.preferences.covering(tx, r);
      if (this.relay.enabled('EMAIL')) {
        const mail = renderEmail(m, this.config.PORTAL_URL);
        for (const address of await this.emailAddresses(tx, r, people)) {
          await this.deliveries.add(tx, {
            id: randomUUID(),
            notificationId: id,
            channel: 'EMAIL',
            address,
            ...mail,
          });
          queued += 1;
        }
      }
      if (this.relay.enabled('SMS')) {
        const sms = renderSms(m);
        for (const phone of smsNumbers(people)) {
          await this.deliveries.add(tx, {
            id: randomUUID(),
            notificationId: id,
            channel: 'SMS',
            address: phone,
            ...sms,
          });
          queued += 1;
        }
      }
    }
    return queued;
  }

  /**
   * Who gets the e-mail: everyone the recipient covers who kept e-mail on and gave an address; for a
   * unit also the contact its latest application declared — unless a login of that unit switched
   * e-mail off for that very address. A person without saved preferences has e-mail on but no
   * address (an applicant: the unit's contact is written to).
   */
  private async emailAddresses(tx: PrismaTx, r: Recipient, people: Preference[]): Promise<string[]> {
    const to = new Map<string, string>();
    const off = new Set<string>();
    for (const p of people) {
      if (!p.email) continue;
      if (p.emailEnabled) to.set(p.email.toLowerCase(), p.email);
      else off.add(p.email.toLowerCase());
    }
    if (r.kind === 'UNIT') {
      const contact = await this.subjects.unitContactEmail(tx, r.uscc);
      const key = contact?.toLowerCase();
      if (contact && key && !off.has(key) && !to.has(key)) to.set(key, contact);
    }
    return [...to.values()];
  }
}

function smsNumbers(people: Preference[]): string[] {
  return [...new Set(people.filter((p) => p.smsEnabled && p.phone).map((p) => p.phone as string))];
}
