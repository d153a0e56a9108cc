import { isUsccShaped, type Principal } from '@lz/auth';
import type { GrantView } from './access-grant.schema';

/** What the issuer vouched for at sign-in (kept in the session). */
export interface SessionIdentity {
  /** The issuer's subject. */
  sub: string;
  name?: string;
  orgName?: string;
  /** An enterprise login carries the USCC of the unit it signs for. */
  uscc?: string;
}

/**
 * The caller's platform role (ARCHITECTURE.md: roles belong to the platform, not to the issuer):
 * an active grant decides it; without one, an enterprise login acts for the USCC it carries;
 * anyone else has no role (signed in, but every protected route refuses them).
 */
export function platformPrincipal(identity: SessionIdentity, grant: GrantView | null): Principal | null {
  if (grant) {
    switch (grant.role) {
      case 'officer':
        return { sub: identity.sub, role: 'officer' };
      case 'reviewer':
        return { sub: identity.sub, role: 'reviewer', jurisdiction: grant.jurisdiction ?? '' };
      case 'expert':
        // The review service knows an expert by their pool entry: that id is the token's subject.
        return { sub: grant.expertId ?? '', role: 'expert', org: grant.org ?? '' };
      case 'evaluator':
        return { sub: identity.sub, role: 'evaluator', org: grant.org ?? '' };
      default: {
        const never: never = grant.role;
        throw new Error(`unknown grant role ${String(never)}`);
      }
    }
  }
  if (identity.uscc && isUsccShaped(identity.uscc)) {
    return { sub: identity.sub, role: 'applicant', uscc: identity.uscc };
  }
  return null;
}
