import { Injectable } from '@nestjs/common';
import { DeadlineQueue } from './deadline.queue';

export interface DeadlinesHealth {
  status: 'up' | 'down';
  queue: string;
  /** Job counts when up (failed jobs are kept and visible here). */
  counts?: Record<string, number>;
  error?: string;
}

/** Redis readiness for `/health/ready`: the deadlines queue answers within `timeoutMs`. */
@Injectable()
export class DeadlinesHealthIndicator {
  constructor(private readonly queue: DeadlineQueue) {}

  async check(timeoutMs = 1_000): Promise<DeadlinesHealth> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis did not answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      const counts = await Promise.race([
        this.queue.queue.getJobCounts('delayed', 'waiting', 'active', 'failed'),
        timeout,
      ]);
      return { status: 'up', queue: this.queue.name, counts };
    } catch (err) {
      return { status: 'down', queue: this.queue.name, error: (err as Error).message };
    } finally {
      clearTimeout(timer);
    }
  }
}
