import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Principal } from '@lz/auth';
import { problem } from '../infra/problem';
import { parseOr400 } from '../infra/validation';
import { grantBodySchema, grantIdParamsSchema, grantListQuerySchema } from './access-grant.schema';
import type { AccessService } from './access.service';

/**
 * `/api/v1/access/...` — the Bureau administers who holds which platform role. Officers only;
 * everyone else gets 401 (not signed in) or 403 (signed in with another role).
 */
export function registerAccessRoutes(
  app: FastifyInstance,
  access: AccessService,
  principalOf: (request: FastifyRequest) => Promise<Principal | null>,
): void {
  async function officer(request: FastifyRequest): Promise<{ sub: string; ip: string }> {
    if (!request.gw.session) throw problem('auth.unauthenticated', 'Sign in as an officer');
    const principal = await principalOf(request);
    if (principal?.role !== 'officer') throw problem('auth.forbidden', 'Only officers administer access');
    return { sub: principal.sub, ip: request.ip };
  }

  app.get('/api/v1/access/grants', async (request) => {
    await officer(request);
    return access.list(parseOr400(grantListQuerySchema, request.query, 'query'));
  });

  app.post('/api/v1/access/grants', async (request, reply) => {
    const actor = await officer(request);
    const saved = await access.grant(actor, parseOr400(grantBodySchema, request.body));
    return reply.code(201).send(saved);
  });

  app.post('/api/v1/access/grants/:id/revoke', async (request) => {
    const actor = await officer(request);
    const { id } = parseOr400(grantIdParamsSchema, request.params, 'params');
    return access.revoke(actor, id);
  });
}
