import type { SqlClient } from '@lz/persistence';
import { escapeLike } from '@lz/http';
import {
  GRANT_SORT_COLUMNS,
  type GrantBody,
  type GrantListQuery,
  type GrantView,
} from './access-grant.schema';

interface GrantRow {
  id: string;
  subject: string;
  role: GrantView['role'];
  jurisdiction: string | null;
  expert_id: string | null;
  org: string | null;
  display_name: string | null;
  granted_by: string;
  granted_at: Date;
  revoked_by: string | null;
  revoked_at: Date | null;
}

const COLUMNS =
  'id, subject, role, jurisdiction, expert_id, org, display_name, granted_by, granted_at, revoked_by, revoked_at';

function view(r: GrantRow): GrantView {
  return {
    id: r.id,
    subject: r.subject,
    role: r.role,
    jurisdiction: r.jurisdiction,
    expertId: r.expert_id,
    org: r.org,
    displayName: r.display_name,
    grantedBy: r.granted_by,
    grantedAt: r.granted_at.toISOString(),
    revokedBy: r.revoked_by,
    revokedAt: r.revoked_at ? r.revoked_at.toISOString() : null,
  };
}

type Db = SqlClient;

/** The grants table (lz_gateway.access_grant). Queries live here, nowhere else. */
export const AccessGrantRepository = {
  async activeFor(db: Db, subject: string): Promise<GrantView | null> {
    const rows = await db.$queryRawUnsafe<GrantRow[]>(
      `SELECT ${COLUMNS} FROM access_grant WHERE subject = $1 AND revoked_at IS NULL`,
      subject,
    );
    return rows[0] ? view(rows[0]) : null;
  },

  async findById(db: Db, id: string, forUpdate = false): Promise<GrantView | null> {
    const rows = await db.$queryRawUnsafe<GrantRow[]>(
      `SELECT ${COLUMNS} FROM access_grant WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
      id,
    );
    return rows[0] ? view(rows[0]) : null;
  },

  /** Inserts unless the subject already holds an active grant (then null). */
  async insert(db: Db, id: string, body: GrantBody, grantedBy: string): Promise<GrantView | null> {
    const rows = await db.$queryRawUnsafe<GrantRow[]>(
      `INSERT INTO access_grant (id, subject, role, jurisdiction, expert_id, org, display_name, granted_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (subject) WHERE revoked_at IS NULL DO NOTHING
       RETURNING ${COLUMNS}`,
      id,
      body.subject,
      body.role,
      body.role === 'reviewer' ? body.jurisdiction : null,
      body.role === 'expert' ? body.expertId : null,
      body.role === 'expert' || body.role === 'evaluator' ? body.org : null,
      body.displayName ?? null,
      grantedBy,
    );
    return rows[0] ? view(rows[0]) : null;
  },

  async revoke(db: Db, id: string, revokedBy: string): Promise<GrantView | null> {
    const rows = await db.$queryRawUnsafe<GrantRow[]>(
      `UPDATE access_grant SET revoked_at = now(), revoked_by = $2
       WHERE id = $1 AND revoked_at IS NULL RETURNING ${COLUMNS}`,
      id,
      revokedBy,
    );
    return rows[0] ? view(rows[0]) : null;
  },

  /** Has this subject ever held a grant (active or revoked)? Seeding never re-grants a revoked one. */
  async everGranted(db: Db, subject: string): Promise<boolean> {
    const rows = await db.$queryRawUnsafe<unknown[]>(
      'SELECT 1 FROM access_grant WHERE subject = $1 LIMIT 1',
      subject,
    );
    return rows.length > 0;
  },

  /** One page in the query's order (default newest grant first), then id; the total under the same filters. */
  async list(db: Db, q: GrantListQuery): Promise<{ items: GrantView[]; total: number }> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (q.status === 'active') where.push('revoked_at IS NULL');
    if (q.status === 'revoked') where.push('revoked_at IS NOT NULL');
    if (q.role) {
      args.push(q.role);
      where.push(`role = $${args.length}`);
    }
    if (q.q) {
      args.push(`%${escapeLike(q.q)}%`);
      where.push(`(subject ILIKE $${args.length} OR display_name ILIKE $${args.length})`);
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = await db.$queryRawUnsafe<Array<{ n: string }>>(
      `SELECT count(*)::text AS n FROM access_grant ${clause}`,
      ...args,
    );
    const page = await db.$queryRawUnsafe<GrantRow[]>(
      `SELECT ${COLUMNS} FROM access_grant ${clause} ORDER BY ${orderBy(q)}
       LIMIT $${args.length + 1} OFFSET $${args.length + 2}`,
      ...args,
      q.pageSize,
      (q.page - 1) * q.pageSize,
    );
    return { items: page.map(view), total: Number(total[0].n) };
  },
};

/** ORDER BY from the whitelisted sort terms (column names from GRANT_SORT_COLUMNS only), then id. */
function orderBy(q: Pick<GrantListQuery, 'sort'>): string {
  const terms = q.sort.map(
    (t) => `${GRANT_SORT_COLUMNS[t.field]} ${t.direction === 'desc' ? 'DESC' : 'ASC'}`,
  );
  return [...terms, 'id'].join(', ');
}
