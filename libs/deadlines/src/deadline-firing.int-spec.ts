import { DeadlineProcessor } from './deadline.processor';
import { deadlineJobId, deadlineJobPayload } from './deadline-job';
import { deadlineId } from './deadline.types';
import { waitForExactly } from '@lz/test-infra';
import { DeadlinesHarness, waitFor } from './test-support/deadlines-harness';

const DAY = 24 * 3600_000;

describe(DeadlineProcessor.name, () => {
  let h: DeadlinesHarness;

  beforeEach(async () => {
    h = await DeadlinesHarness.create('deadline_firing');
  });

  afterEach(async () => {
    await h.dispose();
  });

  it('fires a real delayed job at its due instant, once, with the effect and FIRED committed together', async () => {
    await h.start();
    // The legal deadline is five days away; jump the clock to 5 s before it (room for a loaded machine
    // between the jump and the scheduling: the delay must still be positive).
    const dueAt = new Date(Date.now() + 5 * DAY);
    h.clock.jumpTo(new Date(dueAt.getTime() - 5_000));
    const id = deadlineId('test.notice.expiry', 'notice-1');
    // The handler writes its effect and then fails on the first attempt: that effect must roll back
    // with the FIRED mark, and the retry must leave exactly one effect.
    h.state.failFirst.add(id);

    const scheduled = await h.scheduler.scheduleAndCommit({
      kind: 'test.notice.expiry',
      subjectId: 'notice-1',
      dueAt,
    });
    const job = await h.queue.queue.getJob(deadlineJobId(id, dueAt));
    expect(await job?.getState()).toBe('delayed');
    // The delay comes from the due instant by the service clock (not the five days, not zero).
    expect(job?.delay).toBeGreaterThan(0);
    expect(job?.delay).toBeLessThanOrEqual(5_000);
    expect(scheduled.status).toBe('PENDING');

    await waitFor('the deadline to fire', async () => (await h.counts()).fired === 1);
    await waitForExactly('deadline effects', async () => (await h.counts()).effects, 1);
    const c = await h.counts();
    const row = await h.pool.query('SELECT status, fired_at, due_at FROM deadline WHERE id = $1', [id]);
    console.log(
      `scheduled=1 fired=${c.fired} effects=${c.effects} handlerCalls=${h.state.calls.get(id)} doubled=${c.doubled} early=${c.early}`,
    );
    expect(h.state.calls.get(id)).toBe(2);
    expect(c).toMatchObject({ effects: 1, doubled: 0, early: 0, fired: 1, pending: 0 });
    expect(row.rows[0].fired_at.getTime()).toBeGreaterThanOrEqual(row.rows[0].due_at.getTime());
  });

  it('does the effect once, never early, when duplicate jobs with other ids fire for the same row', async () => {
    await h.start();
    const dueAt = new Date(Date.now() + 3 * DAY);
    h.clock.jumpTo(new Date(dueAt.getTime() - 1_500));
    const subjects = Array.from({ length: 10 }, (_, i) => `dup-${i}`);
    for (const s of subjects) {
      await h.scheduler.scheduleAndCommit({ kind: 'test.window.open', subjectId: s, dueAt });
      const payload = deadlineJobPayload(deadlineId('test.window.open', s), dueAt);
      // Two extra jobs for the same row under other ids: one due at the same moment, one that
      // fires early (no delay) — the worker puts that one back to sleep until the due instant.
      await h.queue.queue.add('test.window.open', payload, { jobId: `manual-a-${s}`, delay: 0 });
      await h.queue.queue.add('test.window.open', payload, { jobId: `manual-b-${s}`, delay: 1_500 });
    }
    const jobs = 3 * subjects.length;

    await waitFor(
      'every job to complete',
      async () => (await h.queue.queue.getJobCounts('completed')).completed === jobs,
    );
    const completed = await h.queue.queue.getJobs(['completed']);
    const outcomes = completed.map((j) => j.returnvalue as string);
    const c = await h.counts();
    console.log(
      `scheduled=${subjects.length} jobs=${jobs} fired=${outcomes.filter((o) => o === 'fired').length} skipped=${outcomes.filter((o) => o === 'skipped').length} effects=${c.effects} doubled=${c.doubled} early=${c.early}`,
    );
    // The guarantee is in the raw effects: each row fired once, its effect once, none early. A job's
    // return value is not: a job that runs again after firing its row (BullMQ taking it as stalled
    // when its lock lapsed on a loaded machine) finds the row FIRED and returns 'skipped', and that is
    // the value kept. (The fired=9 skipped=21 effects=10 seen here under load ~10 was the reconciler
    // retrying a job it found completed after reading its row PENDING; since 2026-12-05 it re-reads
    // the row first.) So the jobs may report fewer 'fired' than rows, never more. Checked: with markFired's PENDING condition
    // removed (2026-12-04), this fails on the effects: effects=11 doubled=1.
    expect(outcomes.filter((o) => o === 'fired').length).toBeLessThanOrEqual(subjects.length);
    expect(outcomes.filter((o) => o === 'fired').length).toBeGreaterThan(0);
    expect(c).toMatchObject({ effects: subjects.length, doubled: 0, early: 0, fired: subjects.length });
  });

  it('skips the old job of a rescheduled deadline and fires at the new instant', async () => {
    await h.start();
    const firstDue = new Date(Date.now() + 5 * DAY);
    const newDue = new Date(firstDue.getTime() + 2_000);
    h.clock.jumpTo(new Date(firstDue.getTime() - 1_000));
    const id = deadlineId('test.notice.expiry', 'moved');
    await h.scheduler.scheduleAndCommit({ kind: 'test.notice.expiry', subjectId: 'moved', dueAt: firstDue });
    const moved = await h.runner.transaction((tx) =>
      h.scheduler.schedule(tx, { kind: 'test.notice.expiry', subjectId: 'moved', dueAt: newDue }),
    );
    // The transaction's after-commit hook added the new job (without it this says 'added').
    expect(await h.scheduler.ensureJob(moved)).toBe('present');
    // A schedule that rolls back leaves no job.
    await expect(
      h.runner.transaction(async (tx) => {
        await h.scheduler.schedule(tx, {
          kind: 'test.notice.expiry',
          subjectId: 'rolled-back',
          dueAt: newDue,
        });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(
      await h.queue.queue.getJob(deadlineJobId(deadlineId('test.notice.expiry', 'rolled-back'), newDue)),
    ).toBeUndefined();

    const oldJobId = deadlineJobId(id, firstDue);
    await waitFor(
      'the old job to finish',
      async () => (await h.queue.queue.getJob(oldJobId))?.finishedOn != null,
    );
    const oldJob = await h.queue.queue.getJob(oldJobId);
    const afterOld = await h.counts();
    expect(oldJob?.returnvalue).toBe('skipped');
    expect(afterOld.effects).toBe(0);

    await waitFor('the rescheduled deadline to fire', async () => (await h.counts()).fired === 1);
    const newJobId = deadlineJobId(id, newDue);
    await waitFor(
      'the new job to finish',
      async () => (await h.queue.queue.getJob(newJobId))?.finishedOn != null,
    );
    await waitForExactly('deadline effects', async () => (await h.counts()).effects, 1);
    const effect = await h.pool.query<{ due_at: Date; fired_clock: Date }>(
      'SELECT due_at, fired_clock FROM effect WHERE deadline_id = $1',
      [id],
    );
    const newJob = await h.queue.queue.getJob(newJobId);
    const c = await h.counts();
    console.log(
      `rescheduled=1 oldJob=${oldJob?.returnvalue} newJob=${newJob?.returnvalue} effects=${c.effects} early=${c.early}`,
    );
    // The guarantee is in the effect: one, for the new instant, written at or after it — not which
    // job reports 'fired'. (This read newJob's 'fired' until 2026-12-05 and failed 1 run in 2 under
    // load with newJob 'skipped' and the effect once: a reconcile pass had read the row PENDING just
    // before the new job fired it, found the job completed and retried it, and the re-run skipped.
    // The reconciler now re-reads the row before retrying — deadline-reconciler.int-spec covers it.)
    // Checked to fail without the mechanism (2026-12-05): with fire()'s comparison of the row's due
    // instant with the job's removed, the old job is put back to sleep until the new instant instead of
    // skipping at the old one, and the row has fired by the time it finishes: afterOld.effects is 1.
    expect(newJob?.finishedOn).toBeDefined();
    expect(effect.rows).toHaveLength(1);
    expect(effect.rows[0].due_at.getTime()).toBe(newDue.getTime());
    expect(effect.rows[0].fired_clock.getTime()).toBeGreaterThanOrEqual(newDue.getTime());
    expect(c).toMatchObject({ effects: 1, doubled: 0, early: 0, fired: 1, pending: 0 });
  });
});
