import { randomUUID } from 'node:crypto';
import { AuditLog } from '@lz/audit';
import type { SqlClient, TransactionRunner } from '@lz/persistence';
import { DEV_DIRECTORY } from '@lz/dev-directory';
import { problem } from '../infra/problem';
import { AccessGrantRepository } from './access-grant.repository';
import { grantBodySchema, type GrantBody, type GrantListQuery, type GrantView } from './access-grant.schema';

export interface Actor {
  sub: string;
  ip: string;
}

const actorRole = (actor: Actor) => (actor.sub.startsWith('system:') ? 'system' : 'officer');

/**
 * Who holds which platform role. Every grant and revocation is one transaction with its audit row
 * (SM3-chained afterwards, libs/audit); the next request of the person concerned already sees it,
 * because the gateway reads the active grant on every request.
 */
export class AccessService {
  constructor(
    private readonly db: SqlClient,
    private readonly tx: TransactionRunner<SqlClient>,
  ) {}

  activeGrant(subject: string): Promise<GrantView | null> {
    return AccessGrantRepository.activeFor(this.db, subject);
  }

  async list(query: GrantListQuery) {
    const { items, total } = await AccessGrantRepository.list(this.db, query);
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  grant(actor: Actor, body: GrantBody): Promise<GrantView> {
    return this.tx.transaction(async (tx) => {
      const saved = await AccessGrantRepository.insert(tx, randomUUID(), body, actor.sub);
      if (!saved) {
        throw problem('conflict', `${body.subject} already holds an active grant; revoke it first`, [
          {
            rule: 'access.one_active_grant',
            path: 'subject',
            message: 'This identity already holds an active grant; revoke it first',
            messageZh: '该账号已有有效授权，请先撤销',
          },
        ]);
      }
      await AuditLog.append(tx, {
        actor: actor.sub,
        role: actorRole(actor),
        action: 'access.granted',
        objectType: 'access_grant',
        objectId: saved.id,
        ip: actor.ip,
        outcome: 'SUCCESS',
        detail: {
          subject: saved.subject,
          role: saved.role,
          jurisdiction: saved.jurisdiction,
          org: saved.org,
          expertId: saved.expertId,
        },
      });
      return saved;
    });
  }

  revoke(actor: Actor, id: string): Promise<GrantView> {
    return this.tx.transaction(async (tx) => {
      const existing = await AccessGrantRepository.findById(tx, id, true);
      if (!existing) throw problem('http.not_found', 'No such grant');
      if (existing.subject === actor.sub) {
        throw problem('conflict', 'An officer cannot revoke their own grant', [
          {
            rule: 'access.not_self',
            path: 'id',
            message: 'Another officer must revoke this grant',
            messageZh: '不能撤销自己的授权，请由其他管理员操作',
          },
        ]);
      }
      const revoked = await AccessGrantRepository.revoke(tx, id, actor.sub);
      if (!revoked) throw problem('conflict', 'The grant is already revoked');
      await AuditLog.append(tx, {
        actor: actor.sub,
        role: actorRole(actor),
        action: 'access.revoked',
        objectType: 'access_grant',
        objectId: id,
        ip: actor.ip,
        outcome: 'SUCCESS',
        detail: { subject: revoked.subject, role: revoked.role },
      });
      return revoked;
    });
  }

  /**
   * First boot: the officers named in GATEWAY_BOOTSTRAP_OFFICERS, and (development only) the staff
   * and evaluator accounts of the development directory. A subject that ever held a grant is left
   * alone, so a revocation survives restarts. Experts are linked by an officer once their pool
   * entry exists (their grant names the entry).
   */
  async seed(bootstrapOfficers: readonly string[], devDirectory: boolean): Promise<number> {
    const candidates: unknown[] = bootstrapOfficers.map((subject) => ({ role: 'officer', subject }));
    if (devDirectory) {
      for (const a of DEV_DIRECTORY) {
        const base = { subject: a.username, displayName: a.name };
        if (a.kind === 'officer') candidates.push({ ...base, role: 'officer' });
        if (a.kind === 'reviewer')
          candidates.push({ ...base, role: 'reviewer', jurisdiction: a.jurisdiction });
        if (a.kind === 'evaluator') candidates.push({ ...base, role: 'evaluator', org: a.org });
      }
    }
    const bodies: GrantBody[] = candidates.map((c) => grantBodySchema.parse(c));
    let seeded = 0;
    for (const body of bodies) {
      if (await AccessGrantRepository.everGranted(this.db, body.subject)) continue;
      await this.grant({ sub: 'system:gateway-seed', ip: '127.0.0.1' }, body).then(
        () => (seeded += 1),
        () => undefined, // a concurrent replica seeded it first
      );
    }
    return seeded;
  }
}
