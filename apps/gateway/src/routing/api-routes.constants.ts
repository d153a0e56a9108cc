/**
 * The one routing table of `/api/v1/*` (ARCHITECTURE.md "The people-facing layer"): the first path
 * segment after `/api/v1` names a resource (for the audit reads, the first two: `audit/<service>`),
 * and each resource has exactly one owning service. The
 * routing test compares this table with every path of every service's OpenAPI document.
 */
export const UPSTREAM_SERVICES = [
  'intake',
  'review',
  'publicity',
  'subsidy',
  'evaluation',
  'notifications',
] as const;
export type UpstreamService = (typeof UPSTREAM_SERVICES)[number];

export const API_ROUTES = [
  { resource: 'calls', service: 'intake' },
  { resource: 'applications', service: 'intake' },
  { resource: 'credit-findings', service: 'intake' },
  { resource: 'preliminary-reviews', service: 'review' },
  { resource: 'experts', service: 'review' },
  { resource: 'city-reviews', service: 'review' },
  { resource: 'filings', service: 'review' },
  { resource: 'registry', service: 'review' },
  { resource: 'calendar', service: 'publicity' },
  { resource: 'notices', service: 'publicity' },
  { resource: 'objections', service: 'publicity' },
  { resource: 'budgets', service: 'subsidy' },
  { resource: 'claims', service: 'subsidy' },
  { resource: 'evaluations', service: 'evaluation' },
  { resource: 'notifications', service: 'notifications' },
  // Each service's own audit rows of a subject (libs/platform audit-trail.controller.ts): two segments.
  ...UPSTREAM_SERVICES.map((service) => ({ resource: `audit/${service}` as const, service })),
] as const satisfies ReadonlyArray<{ resource: string; service: UpstreamService }>;

export const API_PREFIX = '/api/v1';

/** Resources the gateway answers itself (never proxied). */
export const GATEWAY_RESOURCES = ['session', 'access'] as const;

/** The owning service of an `/api/v1/...` path, or undefined when no service owns it. */
export function ownerOf(path: string): UpstreamService | undefined {
  if (!path.startsWith(`${API_PREFIX}/`)) return undefined;
  const segments = path
    .slice(API_PREFIX.length + 1)
    .split('?', 1)[0]
    .split('/');
  // A resource is its first segment, or its first two (`audit/intake`).
  return API_ROUTES.find((r) => {
    const parts = r.resource.split('/');
    return parts.every((part, i) => segments[i] === part);
  })?.service;
}

/** Public writes that are rate-limited per client address (SPEC §3.5: anyone may object). */
export const PUBLIC_WRITE_PATTERNS: readonly RegExp[] = [/^\/api\/v1\/notices\/[^/]+\/objections\/?$/];

/** The multipart uploads (@lz/evidence): an application's attachments, a claim's or an evaluation's evidence. */
const UPLOAD_PATH =
  /^\/api\/v1\/(?:applications\/[^/]+\/attachments|claims\/[^/]+\/evidence|evaluations\/[^/]+\/evidence)\/?$/;

/** Whether a request path is an upload, which the gateway lets through up to its upload limit. */
export function isUploadPath(path: string): boolean {
  return UPLOAD_PATH.test(path);
}
