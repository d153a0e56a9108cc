import type { ArrangementError } from './year-arrangement';

/** Thrown when a calendar is built from an arrangement that `validateArrangement` rejects. */
export class InvalidArrangementException extends Error {
  constructor(
    readonly year: number,
    readonly errors: readonly ArrangementError[],
  ) {
    super(
      `Invalid holiday arrangement for ${year}: ${errors.map((e) => `${e.path.join('.')}: ${e.message}`).join('; ')}`,
    );
    this.name = 'InvalidArrangementException';
  }
}
