import fc from 'fast-check';
import { drawPanel, DrawCandidate } from './panel-draw';

const orgs = [
  '91510502MA0000001A',
  '91510504MA0000002B',
  '121200004013590816',
  '91310115MA1K3BTP2B',
  '91110000600037341L',
];
const fields = ['liquor', 'new-materials', 'medicine', 'equipment'];

const candidateArb = fc.record({
  expertId: fc.uuid(),
  orgUscc: fc.constantFrom(...orgs),
  fields: fc.subarray(fields, { minLength: 1 }),
});

describe(drawPanel.name, () => {
  it('never draws an expert whose organisation is the lead or a member (回避), over random pools', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(candidateArb, { selector: (c) => c.expertId, maxLength: 40 }),
        fc.subarray(orgs),
        fc.constantFrom(...fields),
        fc.integer({ min: 1, max: 9 }),
        fc.string({ minLength: 1, maxLength: 20 }),
        (candidates, conflictedOrgs, field, size, seed) => {
          const result = drawPanel({ candidates, conflictedOrgs, field, size, seed });
          const byId = new Map(candidates.map((c) => [c.expertId, c] as const));
          for (const id of [...result.panel, ...result.reserve]) {
            const c = byId.get(id)!;
            expect(conflictedOrgs).not.toContain(c.orgUscc);
            expect(c.fields).toContain(field);
          }
          expect(result.panel.length + result.missing).toBe(size);
          expect(new Set(result.order).size).toBe(result.order.length);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reproduces a draw from its seed and candidate list, whatever order the pool is listed in', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(candidateArb, { selector: (c) => c.expertId, minLength: 1, maxLength: 30 }),
        fc.string({ minLength: 1 }),
        (candidates, seed) => {
          const a = drawPanel({ candidates, conflictedOrgs: [orgs[0]], field: 'liquor', size: 3, seed });
          const b = drawPanel({
            candidates: [...candidates].reverse(),
            conflictedOrgs: [orgs[0]],
            field: 'liquor',
            size: 3,
            seed,
          });
          expect(b).toEqual(a);
        },
      ),
    );
  });

  it('gives different panels for different seeds over a large pool', () => {
    const candidates: DrawCandidate[] = Array.from({ length: 30 }, (_, i) => ({
      expertId: `e${String(i).padStart(2, '0')}`,
      orgUscc: orgs[i % orgs.length],
      fields: ['liquor'],
    }));
    const panels = new Set(
      ['a', 'b', 'c', 'd', 'e'].map((seed) =>
        drawPanel({ candidates, conflictedOrgs: [], field: 'liquor', size: 5, seed }).panel.join(),
      ),
    );
    expect(panels.size).toBeGreaterThan(1);
  });

  it('reports how many eligible experts are missing when the pool is too small', () => {
    const candidates: DrawCandidate[] = [
      { expertId: 'a', orgUscc: orgs[0], fields: ['liquor'] },
      { expertId: 'b', orgUscc: orgs[1], fields: ['liquor'] },
      { expertId: 'c', orgUscc: orgs[2], fields: ['medicine'] },
    ];
    const r = drawPanel({ candidates, conflictedOrgs: [orgs[0]], field: 'liquor', size: 3, seed: 's' });
    expect(r.excluded).toEqual(['a']);
    expect(r.panel).toEqual(['b']);
    expect(r.missing).toBe(2);
  });

  it('replays a stored draw to the same order: the algorithm is part of the record', () => {
    // Pinned: SHA-256 counter stream, rejection sampling and Fisher–Yates over the sorted eligible ids.
    // A change here would make every stored panel unreplayable.
    // Twelve eligible experts take eleven draws: more than one SHA-256 block of the stream.
    const ids = [
      'e07',
      'e03',
      'e11',
      'e01',
      'e15',
      'e09',
      'e05',
      'e13',
      'e02',
      'e10',
      'e04',
      'e14',
      'e08',
      'e06',
      'e12',
    ];
    const candidates = ids.map((expertId, i) => ({
      expertId,
      orgUscc: i % 5 === 0 ? 'X' : `Y${i}`,
      fields: ['liquor'],
    }));
    const r = drawPanel({
      candidates,
      field: 'liquor',
      conflictedOrgs: ['X'],
      size: 3,
      seed: 'lz-2026-golden',
    });
    expect(r).toEqual({
      seed: 'lz-2026-golden',
      eligible: ['e01', 'e02', 'e03', 'e05', 'e06', 'e08', 'e10', 'e11', 'e12', 'e13', 'e14', 'e15'],
      excluded: ['e04', 'e07', 'e09'],
      order: ['e13', 'e12', 'e03', 'e06', 'e10', 'e05', 'e14', 'e02', 'e08', 'e15', 'e11', 'e01'],
      panel: ['e13', 'e12', 'e03'],
      reserve: ['e06', 'e10', 'e05', 'e14', 'e02', 'e08', 'e15', 'e11', 'e01'],
      missing: 0,
    });
  });

  it('gives every eligible expert the same chance of each seat over many seeds', () => {
    const candidates = ['a', 'b', 'c'].map((expertId) => ({
      expertId,
      orgUscc: expertId,
      fields: ['liquor'],
    }));
    const first: Record<string, number> = { a: 0, b: 0, c: 0 };
    const last: Record<string, number> = { a: 0, b: 0, c: 0 };
    for (let k = 0; k < 1200; k++) {
      const { order } = drawPanel({
        candidates,
        field: 'liquor',
        conflictedOrgs: [],
        size: 1,
        seed: `s${k}`,
      });
      first[order[0]]++;
      last[order[2]]++;
    }
    for (const n of [...Object.values(first), ...Object.values(last)]) {
      expect(n).toBeGreaterThan(330);
      expect(n).toBeLessThan(470);
    }
  });

  it('takes a panel of one and refuses a size that is not a positive whole number', () => {
    const candidates = [{ expertId: 'a', orgUscc: orgs[0], fields: ['liquor'] }];
    const base = { candidates, conflictedOrgs: [], field: 'liquor', seed: 's' };
    expect(drawPanel({ ...base, size: 1 })).toMatchObject({ panel: ['a'], reserve: [], missing: 0 });
    for (const size of [0, -1, 1.5])
      expect(() => drawPanel({ ...base, size })).toThrow('panel size must be a positive integer');
  });
});
