// Test-only fixture for the policy lib's own specs (libs/policy may not import @lz/testing).
// Other projects use `makeApplicationDocument` from @lz/testing instead.
import type { ApplicationDocumentInput } from '../application/application.schema';
import { exampleApplicationDocument } from '../events/event-examples';
import { computeUsccCheckChar } from '../uscc/uscc';
import type { EligibilityContext } from './check-eligibility';

export function fixtureUscc(orgType: string, division: string, orgCode: string): string {
  const body = `${orgType}${division}${orgCode}`;
  return body + computeUsccCheckChar(body);
}

/** Lead and member USCCs of the example (members: outside university, local university, up, down, key node). */
export const LEAD = exampleApplicationDocument.lead.uscc;
export const M = exampleApplicationDocument.members.map((m) => m.uscc);

/** A fresh, mutable, eligible document (5 members, one outside Luzhou, funding 300万元). */
export function eligibleDocument(): ApplicationDocumentInput {
  return structuredClone(exampleApplicationDocument);
}

export function eligibleContext(): EligibilityContext {
  return {
    attachments: [
      { id: 'att-agreement', category: 'AGREEMENT' },
      { id: 'att-commitment', category: 'COMMITMENT' },
    ],
    callOpen: true,
    otherOpenApplicationForLead: false,
  };
}
