import { listClaims } from './claims';
import { listEvaluations } from './evaluations';
import { api, call } from './http';

/**
 * 审计记录: each service's own audit rows of a subject (`GET /audit/<service>?subjectId=`, officer)
 * with the verdict of its SM3 chain; the page merges them by time.
 */
export const AUDIT_SERVICES = [
  'intake',
  'review',
  'publicity',
  'subsidy',
  'evaluation',
  'notifications',
] as const;
export type AuditService = (typeof AUDIT_SERVICES)[number];

type Query = { subjectId: string; page: number; pageSize: number };
const readers = {
  intake: (query: Query) => call(api.GET('/api/v1/audit/intake', { params: { query } })),
  review: (query: Query) => call(api.GET('/api/v1/audit/review', { params: { query } })),
  publicity: (query: Query) => call(api.GET('/api/v1/audit/publicity', { params: { query } })),
  subsidy: (query: Query) => call(api.GET('/api/v1/audit/subsidy', { params: { query } })),
  evaluation: (query: Query) => call(api.GET('/api/v1/audit/evaluation', { params: { query } })),
  notifications: (query: Query) => call(api.GET('/api/v1/audit/notifications', { params: { query } })),
} satisfies Record<AuditService, unknown>;

const verifiers = {
  intake: () => call(api.GET('/api/v1/audit/intake/verification')),
  review: () => call(api.GET('/api/v1/audit/review/verification')),
  publicity: () => call(api.GET('/api/v1/audit/publicity/verification')),
  subsidy: () => call(api.GET('/api/v1/audit/subsidy/verification')),
  evaluation: () => call(api.GET('/api/v1/audit/evaluation/verification')),
  notifications: () => call(api.GET('/api/v1/audit/notifications/verification')),
} satisfies Record<AuditService, unknown>;

export type AuditTrailPage = Awaited<ReturnType<(typeof readers)['intake']>>;
export type AuditEntry = AuditTrailPage['items'][number];
export type AuditChainVerdict = Awaited<ReturnType<(typeof verifiers)['intake']>>;

const PAGE = 100;
/** Pages read per service and subject at most (10 000 rows): beyond that the page says it stopped. */
const MAX_PAGES = 100;

/** Every item of a list, page by page (the list convention; `PAGE` a page, `MAX_PAGES` at most). */
async function allPages<T>(read: (page: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const answer = await read(page);
    items.push(...answer.items);
    if (page * PAGE >= answer.total) break;
  }
  return items;
}

/** Every row of one service about the subjects, and the service's verdict (one chain per service). */
async function readService(service: AuditService, subjectIds: readonly string[]) {
  const items: AuditEntry[] = [];
  for (const subjectId of subjectIds) {
    items.push(...(await allPages((page) => readers[service]({ subjectId, page, pageSize: PAGE }))));
  }
  // Verified after the rows are read: a break found meanwhile is not hidden by an earlier "ok".
  const chain: AuditChainVerdict = await verifiers[service]();
  return { service, items, chain };
}

export interface ServiceTrail {
  service: AuditService;
  /** null: the service did not answer (the page says so; the other services' rows still show). */
  chain: AuditChainVerdict | null;
  rows: number;
}

export interface MergedAuditTrail {
  entries: AuditEntry[];
  services: ServiceTrail[];
}

/**
 * The subjects' rows from every service, one list in time order (ties: service, then seq); a row that
 * names two of the subjects (an application and its consortium) appears once.
 */
export async function mergedAuditTrail(subjectIds: readonly string[]): Promise<MergedAuditTrail> {
  const answers = await Promise.allSettled(AUDIT_SERVICES.map((s) => readService(s, subjectIds)));
  const seen = new Set<string>();
  const entries: AuditEntry[] = [];
  const services: ServiceTrail[] = [];
  answers.forEach((answer, i) => {
    const service = AUDIT_SERVICES[i];
    if (answer.status === 'rejected') {
      services.push({ service, chain: null, rows: 0 });
      return;
    }
    let rows = 0;
    for (const e of answer.value.items) {
      const key = `${e.service}:${e.seq}`;
      if (seen.has(key)) continue;
      seen.add(key);
      entries.push(e);
      rows += 1;
    }
    services.push({ service, chain: answer.value.chain, rows });
  });
  entries.sort(
    (a, b) =>
      a.at.localeCompare(b.at) || a.service.localeCompare(b.service) || Number(BigInt(a.seq) - BigInt(b.seq)),
  );
  return { entries, services };
}

/**
 * What a consortium's trail is about: the consortium, the application it was filed from, and its
 * claims (后补助) and evaluation cycles — their rows name those ids, not the consortium's.
 */
export async function consortiumAuditSubjects(
  consortiumId: string,
  applicationId: string,
): Promise<string[]> {
  const [claims, evaluations] = await Promise.all([
    allPages((page) => listClaims({ consortiumId, page, pageSize: PAGE })),
    allPages((page) => listEvaluations({ consortiumId, page, pageSize: PAGE })),
  ]);
  return [consortiumId, applicationId, ...claims.map((c) => c.id), ...evaluations.map((e) => e.id)];
}
