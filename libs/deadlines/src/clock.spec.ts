import { OffsetClock } from './clock';

describe(OffsetClock.name, () => {
  it('runs at the base time until moved', () => {
    const clock = new OffsetClock({ now: () => new Date(1_000) });
    expect(clock.now().getTime()).toBe(1_000);
  });

  it('jumps to an instant and keeps running from there', () => {
    let base = 1_000;
    const clock = new OffsetClock({ now: () => new Date(base) });
    clock.jumpTo(new Date(50_000));
    base += 300;
    expect(clock.now().getTime()).toBe(50_300);
    clock.advance(-300);
    expect(clock.now().getTime()).toBe(50_000);
  });
});
