import { acceptsAfterCommit, afterCommit, runWithAfterCommit } from './after-commit';

/** A transaction that "commits" when the body resolves and "rolls back" when it throws. */
function begin<T>(tx: object, log: string[]): (body: (t: object) => Promise<T>) => Promise<T> {
  return async (body) => {
    try {
      const result = await body(tx);
      log.push('commit');
      return result;
    } catch (err) {
      log.push('rollback');
      throw err;
    }
  };
}

describe(runWithAfterCommit.name, () => {
  it('runs the hooks after the commit, in order, once per key, before it resolves', async () => {
    const log: string[] = [];
    const result = await runWithAfterCommit(begin<number>({}, log), async (tx) => {
      afterCommit(tx, () => void log.push('a'));
      afterCommit(tx, () => void log.push('nudge'), 'nudge');
      afterCommit(tx, () => void log.push('nudge again'), 'nudge');
      afterCommit(tx, async () => void log.push('b'));
      log.push('body');
      return 42;
    });
    expect(result).toBe(42);
    expect(log).toEqual(['body', 'commit', 'a', 'nudge', 'b']);
  });

  it('drops the hooks of a transaction that rolls back', async () => {
    const log: string[] = [];
    await expect(
      runWithAfterCommit(begin<unknown>({}, log), async (tx) => {
        afterCommit(tx, () => void log.push('hook'));
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(log).toEqual(['rollback']);
  });

  it('runs the other hooks when one throws, and resolves: the transaction is committed', async () => {
    const log: string[] = [];
    const warn = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      await runWithAfterCommit(begin<unknown>({}, log), async (tx) => {
        afterCommit(tx, () => {
          throw new Error('redis away');
        });
        afterCommit(tx, () => void log.push('second'));
      });
      expect(log).toEqual(['commit', 'second']);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('redis away'), 'AfterCommitWarning');
    } finally {
      warn.mockRestore();
    }
  });

  it('refuses a hook on a client that is not an open transaction, also after it ended', async () => {
    const log: string[] = [];
    let seen: object | undefined;
    await runWithAfterCommit(begin<unknown>({}, log), async (tx) => {
      seen = tx;
      expect(acceptsAfterCommit(tx)).toBe(true);
    });
    expect(() => afterCommit(seen!, () => undefined)).toThrow(/not an open transaction/);
    expect(() => afterCommit({}, () => undefined)).toThrow(/not an open transaction/);
  });
});
