import { Injectable } from '@nestjs/common';
import type { ApplicationSubmittedV1, ConsortiumRegisteredV1 } from '@lz/policy';
import type { PrismaTx } from '../infra/prisma/prisma.service';
import type { ApplicationFacts, ConsortiumFacts } from './messages';

/**
 * What the events told this service about applications and consortia: enough to address the later
 * events that name only an id (a preliminary decision, an objection, a claim, an evaluation).
 */
@Injectable()
export class SubjectsRepository {
  /** Keeps the latest revision's facts (a re-submission after RETURN may change the contact). */
  async recordApplication(tx: PrismaTx, e: ApplicationSubmittedV1): Promise<void> {
    const email = e.document.lead.contact.email?.trim() || null;
    await tx.$executeRawUnsafe(
      `INSERT INTO application (id, revision, name, lead_uscc, lead_name, jurisdiction_code, contact_email)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (id) DO UPDATE SET revision = EXCLUDED.revision, name = EXCLUDED.name,
         lead_uscc = EXCLUDED.lead_uscc, lead_name = EXCLUDED.lead_name,
         jurisdiction_code = EXCLUDED.jurisdiction_code, contact_email = EXCLUDED.contact_email,
         updated_at = now()
       WHERE application.revision <= EXCLUDED.revision`,
      e.applicationId,
      e.revision,
      e.name,
      e.leadUscc,
      e.leadName,
      e.jurisdictionCode,
      email,
    );
  }

  async recordConsortium(tx: PrismaTx, e: ConsortiumRegisteredV1): Promise<void> {
    await tx.$executeRawUnsafe(
      `INSERT INTO consortium (id, application_id, filing_number, name, lead_uscc)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING`,
      e.consortiumId,
      e.applicationId,
      e.filingNumber,
      e.name,
      e.leadUscc,
    );
  }

  async application(tx: PrismaTx, id: string): Promise<ApplicationFacts | undefined> {
    const row = await tx.application.findUnique({
      where: { id },
      select: { id: true, name: true, leadUscc: true, jurisdictionCode: true },
    });
    return row ?? undefined;
  }

  async consortium(tx: PrismaTx, id: string): Promise<ConsortiumFacts | undefined> {
    const row = await tx.consortium.findUnique({
      where: { id },
      select: { id: true, applicationId: true, name: true, filingNumber: true, leadUscc: true },
    });
    return row ?? undefined;
  }

  /** The contact e-mail the unit declared on its latest application (personal data: never logged). */
  async unitContactEmail(tx: PrismaTx, uscc: string): Promise<string | undefined> {
    const row = await tx.application.findFirst({
      where: { leadUscc: uscc, contactEmail: { not: null } },
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      select: { contactEmail: true },
    });
    return row?.contactEmail ?? undefined;
  }
}
