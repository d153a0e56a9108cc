import { openApiConventionProblems } from './openapi-conventions';

const problem = {
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};
const good = {
  summary: '查看案件 · Read a case',
  'x-summary': { zh: '查看案件', en: 'Read a case' },
  'x-roles': ['officer'],
  security: [{ bearer: [] }],
  responses: { 200: { description: 'OK' }, 400: problem, 401: problem, 403: problem, 404: problem },
};
const docWith = (op: Record<string, unknown>) => ({
  paths: { '/api/v1/cases/{id}': { get: op } },
  components: { schemas: { Problem: {} } },
});

describe(openApiConventionProblems.name, () => {
  it('accepts an operation with both summaries, roles and problem+json errors', () => {
    expect(openApiConventionProblems(docWith(good))).toEqual([]);
  });

  it('names an operation without a Chinese or an English summary', () => {
    const { summary: _s, 'x-summary': _x, ...bare } = good;
    expect(openApiConventionProblems(docWith(bare))).toEqual(
      expect.arrayContaining([
        'GET /api/v1/cases/{id}: no Chinese summary (@ApiOperation({ zh }))',
        'GET /api/v1/cases/{id}: no English summary (@ApiOperation({ en }))',
      ]),
    );
    expect(
      openApiConventionProblems(docWith({ ...good, 'x-summary': { zh: '查看案件', en: '查看' } })),
    ).toContain('GET /api/v1/cases/{id}: no English summary (@ApiOperation({ en }))');
  });

  it('names an operation without error responses, or with one that is not a Problem', () => {
    expect(
      openApiConventionProblems(docWith({ ...good, responses: { 200: { description: 'OK' } } })),
    ).toEqual(expect.arrayContaining(['GET /api/v1/cases/{id}: no error responses']));
    expect(
      openApiConventionProblems(
        docWith({ ...good, responses: { ...good.responses, 409: { content: { 'application/json': {} } } } }),
      ),
    ).toEqual(['GET /api/v1/cases/{id}: 409 is not application/problem+json Problem']);
    const { 404: _nf, ...no404 } = good.responses;
    expect(openApiConventionProblems(docWith({ ...good, responses: no404 }))).toEqual([
      'GET /api/v1/cases/{id}: has a path parameter but no 404',
    ]);
  });

  it('names an operation without x-roles', () => {
    const { 'x-roles': _r, ...noRoles } = good;
    expect(openApiConventionProblems(docWith(noRoles))).toEqual(['GET /api/v1/cases/{id}: no x-roles']);
  });
});
