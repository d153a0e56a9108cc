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
});
