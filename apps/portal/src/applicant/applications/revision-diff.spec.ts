import { documentChanges } from './revision-diff';

describe(documentChanges.name, () => {
  const first = {
    name: '泸州智能酿造创新联合体',
    members: [{ name: '北京酿造科学研究院', region: '北京市海淀区', fundingFen: 0 }],
    plan: { start: '2027-01-01', end: '2028-12-31' },
  };

  it('lists every leaf altered, added or removed with both values', () => {
    const second = {
      name: '泸州智能酿造创新联合体',
      members: [
        { name: '北京酿造科学研究院', region: '北京市海淀区中关村', fundingFen: 0 },
        { name: '四川轻化工大学', region: '自贡市' },
      ],
      plan: { start: '2027-01-01' },
    };
    expect(documentChanges(first, second)).toEqual([
      { path: 'members.0.region', before: '北京市海淀区', after: '北京市海淀区中关村' },
      { path: 'members.1.name', before: null, after: '四川轻化工大学' },
      { path: 'members.1.region', before: null, after: '自贡市' },
      { path: 'plan.end', before: '2028-12-31', after: null },
    ]);
  });

  it('is empty when nothing changed, and tells a number from its text only by value', () => {
    expect(documentChanges(first, structuredClone(first))).toEqual([]);
    expect(documentChanges({ a: 1 }, { a: 2 })).toEqual([{ path: 'a', before: '1', after: '2' }]);
    expect(documentChanges({ a: [1] }, { a: [] })).toEqual([
      { path: 'a', before: null, after: '[]' },
      { path: 'a.0', before: '1', after: null },
    ]);
  });
});
