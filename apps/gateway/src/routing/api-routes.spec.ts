import {
  API_ROUTES,
  GATEWAY_RESOURCES,
  isUploadPath,
  ownerOf,
  PUBLIC_WRITE_PATTERNS,
} from './api-routes.constants';

describe('API_ROUTES', () => {
  it('gives every resource exactly one owner and never shadows a gateway resource', () => {
    const resources = API_ROUTES.map((r) => r.resource);
    expect(new Set(resources).size).toBe(resources.length);
    for (const own of GATEWAY_RESOURCES) expect(resources).not.toContain(own);
  });

  it('routes by the first segment only', () => {
    expect(ownerOf('/api/v1/applications/abc/attachments')).toBe('intake');
    expect(ownerOf('/api/v1/notices/n1/objections')).toBe('publicity');
    expect(ownerOf('/api/v1/objections/o1/resolution')).toBe('publicity');
    expect(ownerOf('/api/v1/registry?q=x')).toBe('review');
    expect(ownerOf('/api/v1/claimsx')).toBeUndefined();
    expect(ownerOf('/api/v2/calls')).toBeUndefined();
    expect(ownerOf('/api/v1/session')).toBeUndefined();
  });

  it("routes each service's audit read by its first two segments", () => {
    expect(ownerOf('/api/v1/audit/intake?subjectId=a1')).toBe('intake');
    expect(ownerOf('/api/v1/audit/subsidy')).toBe('subsidy');
    expect(ownerOf('/api/v1/audit')).toBeUndefined();
    expect(ownerOf('/api/v1/audit/gateway')).toBeUndefined();
  });

  it('takes uploads (attachments, claim and evaluation evidence) up to the upload limit, nothing else', () => {
    for (const p of [
      '/api/v1/applications/a1/attachments',
      '/api/v1/claims/c1/evidence',
      '/api/v1/evaluations/e1/evidence/',
    ]) {
      expect(isUploadPath(p)).toBe(true);
    }
    for (const p of [
      '/api/v1/claims/c1',
      '/api/v1/claims/c1/evidence/x1',
      '/api/v1/evaluations/e1/report',
      '/api/v1/applications/a1',
      '/api/v1/notices/n1/evidence',
    ]) {
      expect(isUploadPath(p)).toBe(false);
    }
  });

  it('rate-limits filing an objection and nothing else', () => {
    const limited = (p: string) => PUBLIC_WRITE_PATTERNS.some((re) => re.test(p));
    expect(limited('/api/v1/notices/0b3e/objections')).toBe(true);
    expect(limited('/api/v1/notices/0b3e')).toBe(false);
    expect(limited('/api/v1/objections/1/resolution')).toBe(false);
  });
});
