import { NotFoundException } from '@nestjs/common';
import type { Principal } from './principal.schema';

/** What a caller may see (docs/SPEC.md §6). Services take this into every repository query. */
export type Scope =
  | { kind: 'unit'; uscc: string }
  | { kind: 'jurisdiction'; code: string }
  | { kind: 'city' }
  | { kind: 'expert'; org: string; sub: string }
  | { kind: 'evaluator'; org: string };

export function scopeOf(principal: Principal): Scope {
  switch (principal.role) {
    case 'applicant':
      return { kind: 'unit', uscc: principal.uscc };
    case 'reviewer':
      return { kind: 'jurisdiction', code: principal.jurisdiction };
    case 'officer':
      return { kind: 'city' };
    case 'expert':
      return { kind: 'expert', org: principal.org, sub: principal.sub };
    case 'evaluator':
      return { kind: 'evaluator', org: principal.org };
    default: {
      const never: never = principal;
      throw new Error(`unknown role ${JSON.stringify(never)}`);
    }
  }
}

/**
 * "Not yours" answers exactly like "does not exist" (docs/ARCHITECTURE.md: 404, not 403, no existence
 * leak). Wrong role on a route is 403 (the guard); another unit's object is this 404.
 */
export class NotVisibleException extends NotFoundException {
  constructor(what = 'resource') {
    super(`The ${what} was not found`);
  }
}

/** Returns the object when `visible` is true, else throws the same 404 as a missing object. */
export function assertVisible<T>(obj: T | null | undefined, visible: (o: T) => boolean, what?: string): T {
  if (obj === null || obj === undefined || !visible(obj)) throw new NotVisibleException(what);
  return obj;
}
