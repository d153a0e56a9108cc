import { Injectable } from '@nestjs/common';
import type { Principal } from '@lz/auth';
import type { Preference, Prisma } from '../infra/prisma/generated/client';
import type { PrismaTx } from '../infra/prisma/prisma.service';
import type { Recipient } from '../events/messages';
import type { PreferencesBody } from './preferences.schema';

/** Each user's channels, saved with the scope of the login that saved them. */
@Injectable()
export class PreferencesRepository {
  find(tx: PrismaTx, sub: string): Promise<Preference | null> {
    return tx.preference.findUnique({ where: { sub } });
  }

  save(tx: PrismaTx, p: Principal, body: PreferencesBody): Promise<Preference> {
    const scope = {
      role: p.role,
      uscc: p.role === 'applicant' ? p.uscc : null,
      jurisdiction: p.role === 'reviewer' ? p.jurisdiction : null,
      org: p.role === 'expert' || p.role === 'evaluator' ? p.org : null,
    };
    const data = {
      ...scope,
      emailEnabled: body.email.enabled,
      email: body.email.address,
      smsEnabled: body.sms.enabled,
      phone: body.sms.phone,
      updatedAt: new Date(),
    };
    return tx.preference.upsert({ where: { sub: p.sub }, create: { sub: p.sub, ...data }, update: data });
  }

  /**
   * The saved preferences of the people a recipient covers (a unit: its applicant logins; an
   * institution: the logins of its role whose `org` it is).
   */
  covering(tx: PrismaTx, r: Recipient): Promise<Preference[]> {
    return tx.preference.findMany({ where: coveredBy(r), orderBy: { sub: 'asc' } });
  }
}

function coveredBy(r: Recipient): Prisma.PreferenceWhereInput {
  switch (r.kind) {
    case 'USER':
      return { sub: r.sub };
    case 'UNIT':
      return { role: 'applicant', uscc: r.uscc };
    case 'ORG':
      return { role: r.role, org: r.uscc };
    case 'ROLE':
      return r.role === 'reviewer' ? { role: 'reviewer', jurisdiction: r.jurisdiction } : { role: r.role };
  }
}
