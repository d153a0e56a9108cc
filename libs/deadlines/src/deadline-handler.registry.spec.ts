import { buildHandlerMap, type FoundDeadlineHandler } from './deadline-handler.registry';

const fn = async (): Promise<void> => undefined;
const h = (kind: string, owner: string): FoundDeadlineHandler => ({ kind, owner, fn });

describe('buildHandlerMap', () => {
  it('maps every declared kind to its one handler', () => {
    const map = buildHandlerMap('publicity', ['a.b', 'c.d'], [h('a.b', 'X.a'), h('c.d', 'X.c')]);
    expect([...map.keys()].sort()).toEqual(['a.b', 'c.d']);
  });

  it('keeps a batch handler as its kind’s batch form, and a per-row handler without one', () => {
    const batch = async (): Promise<void> => undefined;
    const map = buildHandlerMap('s', ['a.b', 'c.d'], [{ ...h('a.b', 'X.a'), batch }, h('c.d', 'X.c')]);
    expect(map.get('a.b')?.batch).toBe(batch);
    expect(map.get('c.d')?.batch).toBeUndefined();
  });

  it('refuses a declared kind with no handler and names the decorator to add', () => {
    expect(() => buildHandlerMap('publicity', ['publicity.notice.expiry'], [])).toThrow(
      /"publicity\.notice\.expiry" has no handler: add .*@DeadlineHandler\('publicity\.notice\.expiry'\)/,
    );
  });

  it('refuses a kind claimed by two handlers and names both', () => {
    expect(() => buildHandlerMap('s', ['a.b'], [h('a.b', 'X.one'), h('a.b', 'Y.two')])).toThrow(
      /"a\.b" has 2 handlers \(X\.one, Y\.two\)/,
    );
  });

  it('refuses a handler for an undeclared kind', () => {
    expect(() => buildHandlerMap('s', ['a.b'], [h('a.b', 'X.a'), h('z.z', 'X.z')])).toThrow(
      /X\.z handles .*"z\.z", which is not declared/,
    );
  });
});
