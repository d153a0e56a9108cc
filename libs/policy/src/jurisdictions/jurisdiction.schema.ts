import { z } from 'zod';
import { JURISDICTION_CODES, type JurisdictionCode } from './jurisdictions';

// The schemas apart from the table (jurisdictions.ts imports no zod): a page that only names
// jurisdictions — the portal's registry — does not load zod for them.

/** A jurisdiction doing preliminary review: a Luzhou district/county or a registered park. */
export const jurisdictionSchema = z.enum(JURISDICTION_CODES as [JurisdictionCode, ...JurisdictionCode[]], {
  error: `must be a Luzhou district/county or park code (${JURISDICTION_CODES.join(', ')})`,
});

/** Any 6-digit administrative division code (a registration district may be outside Luzhou). */
export const divisionCodeSchema = z.string().regex(/^\d{6}$/, { error: 'must be a 6-digit division code' });
