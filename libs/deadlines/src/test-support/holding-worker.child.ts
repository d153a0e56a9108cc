// A deadline worker in a process of its own, for deadline-batch.int-spec.ts: `node -r
// tools/register.cjs holding-worker.child.ts` with HOLD_DATABASE_URL, HOLD_REDIS_URL,
// HOLD_REDIS_PREFIX, HOLD_BATCH_SIZE. Its batch handler writes each row's effect, prints
// `HOLDING <id,id,…>` and never returns, so the transaction stays open until the test kills the
// process. One job at a time: it holds one batch and takes nothing else.
import 'reflect-metadata';
import { Inject, Injectable } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Pool } from 'pg';
import { pgTransactionRunner, type SqlClient } from '@lz/persistence';
import { DeadlineBatchHandler } from '../deadline-handler.decorator';
import { DeadlinesModule } from '../deadlines.module';
import { DEADLINES_CLOCK } from '../deadlines.constants';
import type { Clock } from '../clock';
import type { DeadlineRow } from '../deadline.types';

@Injectable()
class HoldingHandler {
  constructor(@Inject(DEADLINES_CLOCK) private readonly clock: Clock) {}

  @DeadlineBatchHandler('test.batch.expiry')
  async hold(deadlines: DeadlineRow[], tx: SqlClient): Promise<void> {
    for (const d of deadlines) {
      await tx.$executeRawUnsafe(
        'INSERT INTO effect (deadline_id, due_at, fired_clock) VALUES ($1, $2, $3)',
        d.id,
        d.dueAt,
        this.clock.now(),
      );
    }
    process.stdout.write(`HOLDING ${deadlines.map((d) => d.id).join(',')}\n`);
    await new Promise<never>(() => undefined);
  }
}

async function main(): Promise<void> {
  const env = (name: string): string => {
    const v = process.env[name];
    if (!v) throw new Error(`${name} is not set`);
    return v;
  };
  const pool = new Pool({ connectionString: env('HOLD_DATABASE_URL'), max: 3 });
  pool.on('error', () => undefined);
  const app = await Test.createTestingModule({
    imports: [
      DeadlinesModule.forRoot({
        service: 'testsvc',
        redis: { url: env('HOLD_REDIS_URL'), prefix: env('HOLD_REDIS_PREFIX') },
        kinds: ['test.batch.expiry'],
        transactionRunner: pgTransactionRunner(pool),
        reconcileEveryMs: 3_600_000,
        concurrency: 1,
        batchSize: Number(env('HOLD_BATCH_SIZE')),
      }),
    ],
    providers: [HoldingHandler],
  }).compile();
  await app.init();
}

main().catch((err: Error) => {
  process.stderr.write(`holding worker: ${err.stack ?? err.message}\n`);
  process.exit(1);
});
