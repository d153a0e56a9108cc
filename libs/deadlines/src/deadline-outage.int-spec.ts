import { Pool } from 'pg';
import { pgTransactionRunner } from '@lz/persistence';
import { sleep, TcpProxy, waitForExactly } from '@lz/test-infra';
import { DeadlineProcessor, putBackDelayMs } from './deadline.processor';
import { DeadlinesHarness, waitFor } from './test-support/deadlines-harness';

const DAY = 24 * 3600_000;
/** The jobs' own retry budget: 2 attempts 50 ms apart. The outage lasts 80 times as long. */
const JOBS = { attempts: 2, backoffMs: 50 };
const OUTAGE_MS = 4_000;

/**
 * ARCHITECTURE.md "Outages": deadlines fall due while the worker's database is unreachable (a TCP
 * proxy in front of PostgreSQL is cut; the shared server keeps running). Raw effects are rows of
 * `effect`, one per handler run. The reconciler — which would re-run failed jobs and hide a loss for
 * a minute — is set to a one-hour period here, so what the test sees is the worker's own doing.
 *
 * Checked to fail without the mechanism: with the infrastructure branch of `process` removed, every
 * job spends its two attempts during the outage and ends `failed`, and no effect is written.
 */
describe(`${DeadlineProcessor.name} through a database outage`, () => {
  let h: DeadlinesHarness;
  let proxy: TcpProxy;
  let pool: Pool;

  beforeEach(async () => {
    h = await DeadlinesHarness.create('deadline_outage');
    proxy = await TcpProxy.for('postgres', h.db.url, 5432).start();
    pool = new Pool({ connectionString: proxy.rewrite(h.db.url), max: 8, connectionTimeoutMillis: 1_000 });
    pool.on('error', () => undefined);
  });

  afterEach(async () => {
    await h.dispose();
    await pool.end().catch(() => undefined);
    await proxy.close();
  });

  it('fires every deadline once after the outage, spending no attempt', async () => {
    await h.start({ transactionRunner: pgTransactionRunner(pool), jobs: JOBS, reconcileEveryMs: 3_600_000 });
    const dueAt = new Date(Date.now() + 5 * DAY);
    h.clock.jumpTo(new Date(dueAt.getTime() - 1_500));
    for (let i = 0; i < 20; i++) {
      await h.scheduler.scheduleAndCommit({ kind: 'test.notice.expiry', subjectId: `n${i}`, dueAt });
    }
    await proxy.cut();
    await sleep(OUTAGE_MS);
    const failedDuring = await h.queue.queue.getJobCountByTypes('failed');
    await proxy.restore();

    await waitFor('every deadline fired', async () => (await h.counts()).fired === 20, 30_000);
    await waitForExactly('deadline effects', async () => (await h.counts()).effects, 20);
    const c = await h.counts();
    const failed = await h.queue.queue.getJobCountByTypes('failed');
    console.log(
      `outage ${OUTAGE_MS} ms vs job retry budget ${JOBS.backoffMs} ms: fired=${c.fired} effects=${c.effects} ` +
        `doubled=${c.doubled} early=${c.early} failedDuringOutage=${failedDuring} failed=${failed}`,
    );
    expect(failedDuring).toBe(0);
    expect(failed).toBe(0);
    expect(c).toMatchObject({ effects: 20, distinct: 20, doubled: 0, early: 0, fired: 20, pending: 0 });
  });

  it('backs off 0.5 s doubling to 10 s', () => {
    expect([1, 2, 3, 4, 5, 6, 10].map(putBackDelayMs)).toEqual([
      500, 1_000, 2_000, 4_000, 8_000, 10_000, 10_000,
    ]);
  });
});
