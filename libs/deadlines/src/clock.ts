/** The time source for every "is it due yet" decision and every job delay. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * Real time shifted by an adjustable offset. Tests and local demos use it to say "jump to 2 s before
 * the legal deadline": time keeps running, so BullMQ delayed jobs are real and fire ~2 s later.
 */
export class OffsetClock implements Clock {
  private offsetMs = 0;

  constructor(private readonly base: Clock = systemClock) {}

  now(): Date {
    return new Date(this.base.now().getTime() + this.offsetMs);
  }

  /** Makes `now()` return `instant` at this moment (time keeps running from there). */
  jumpTo(instant: Date): void {
    this.offsetMs = instant.getTime() - this.base.now().getTime();
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }

  reset(): void {
    this.offsetMs = 0;
  }

  get offset(): number {
    return this.offsetMs;
  }
}
