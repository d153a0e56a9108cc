/**
 * What every operation of an OpenAPI document must say (docs/API.md, issue 16 "API documentation people
 * can read"): a summary in Chinese and in English, who may call it (`x-roles`), and the error
 * responses it can give as application/problem+json with the shared Problem schema; under `/api/v1` at
 * least one error response (a route that can refuse nothing does not exist there). Returns one line
 * per breach, so a failing test lists them all.
 */
export function openApiConventionProblems(doc: unknown): string[] {
  const problems: string[] = [];
  const d = doc as {
    paths?: Record<string, Record<string, Record<string, unknown>>>;
    components?: { schemas?: Record<string, unknown> };
  };
  if (!d?.paths || Object.keys(d.paths).length === 0) return ['the document has no paths'];
  if (!d.components?.schemas?.Problem) problems.push('components.schemas.Problem is missing');
  const CJK = /[\u4e00-\u9fff]/;
  for (const [path, ops] of Object.entries(d.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const at = `${method.toUpperCase()} ${path}`;
      const summary = op['x-summary'] as { zh?: unknown; en?: unknown } | undefined;
      const zh = typeof summary?.zh === 'string' ? summary.zh : '';
      const en = typeof summary?.en === 'string' ? summary.en : '';
      if (!CJK.test(zh)) problems.push(`${at}: no Chinese summary (@ApiOperation({ zh }))`);
      if (!/[A-Za-z]{2}/.test(en) || CJK.test(en))
        problems.push(`${at}: no English summary (@ApiOperation({ en }))`);
      if (typeof op.summary !== 'string' || !op.summary.includes(zh) || !op.summary.includes(en))
        problems.push(`${at}: summary does not carry both languages`);
      if (!Array.isArray(op['x-roles'])) problems.push(`${at}: no x-roles`);
      const responses = (op.responses ?? {}) as Record<
        string,
        { content?: Record<string, { schema?: { $ref?: string } }> }
      >;
      const errors = Object.keys(responses).filter((s) => Number(s) >= 400);
      if (path.startsWith('/api/') && errors.length === 0) problems.push(`${at}: no error responses`);
      // Protected: someone must be signed in with a role (a public write still needs the CSRF
      // scheme on the one origin, which is no sign-in).
      const roles = op['x-roles'];
      if (path.startsWith('/api/') && Array.isArray(roles) && roles.length > 0) {
        for (const s of ['401', '403'])
          if (!errors.includes(s)) problems.push(`${at}: protected but no ${s}`);
      }
      if (path.includes('{') && path.startsWith('/api/') && !errors.includes('404'))
        problems.push(`${at}: has a path parameter but no 404`);
      for (const s of errors) {
        const ref = responses[s]?.content?.['application/problem+json']?.schema?.$ref;
        if (!ref?.endsWith('/schemas/Problem'))
          problems.push(`${at}: ${s} is not application/problem+json Problem`);
      }
    }
  }
  return problems;
}
