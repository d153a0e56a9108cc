import { BatchKeys, runBatch } from './batch';

describe(runBatch.name, () => {
  it('answers every item in the order given, a refused one beside the others that succeed', async () => {
    const sent: string[] = [];
    const outcomes = await runBatch(['a', 'b', 'c'], async (id) => {
      sent.push(id);
      if (id === 'b') throw new Error('refused');
      return id.toUpperCase();
    });
    expect([...outcomes.keys()]).toEqual(['a', 'b', 'c']);
    expect(outcomes.get('a')).toEqual({ ok: true, value: 'A' });
    expect(outcomes.get('b')).toEqual({ ok: false, error: new Error('refused') });
    expect(outcomes.get('c')).toEqual({ ok: true, value: 'C' });
    expect(sent.sort()).toEqual(['a', 'b', 'c']);
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    let inFlight = 0;
    let most = 0;
    await runBatch(
      ['1', '2', '3', '4', '5'],
      async () => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((r) => setTimeout(r, 5));
        inFlight -= 1;
      },
      { concurrency: 2 },
    );
    expect(most).toBe(2);
  });

  it('tells each outcome as it arrives', async () => {
    const told: string[] = [];
    await runBatch(['x', 'y'], async (id) => id, { onSettled: (id, o) => told.push(`${id}:${o.ok}`) });
    expect(told.sort()).toEqual(['x:true', 'y:true']);
  });
});

describe(BatchKeys.name, () => {
  it('gives each item its own key, the same on a repeat, and a new one after a refusal', () => {
    let n = 0;
    const keys = new BatchKeys(() => `k${++n}`);
    expect(keys.of('a')).toBe('k1');
    expect(keys.of('b')).toBe('k2');
    expect(keys.of('a')).toBe('k1');
    keys.renew('a');
    expect(keys.of('a')).toBe('k3');
    expect(keys.of('b')).toBe('k2');
  });
});
