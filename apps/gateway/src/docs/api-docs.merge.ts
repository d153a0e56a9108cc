import { z } from 'zod';
import { PROBLEM_SCHEMA, type OpenApiDocument, type OpenApiOperation } from '@lz/http';
import { grantBodySchema, grantIdParamsSchema, grantListQuerySchema } from '../access/access-grant.schema';
import { API_PREFIX, ownerOf, type UpstreamService } from '../routing/api-routes.constants';
import { CSRF_HEADER, SESSION_COOKIE } from '../session/session.hooks';

const UNSAFE = new Set(['post', 'put', 'patch', 'delete']);

const SERVICE_ZH: Record<UpstreamService, string> = {
  intake: '申报',
  review: '审查与入库',
  publicity: '公示',
  subsidy: '后补助',
  evaluation: '评估',
  notifications: '消息',
};

const problemRef = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

const csrfHeader = {
  name: CSRF_HEADER,
  in: 'header',
  required: true,
  description:
    '写操作须带 GET /api/v1/session 给出的 csrfToken。 · Writes carry the csrfToken of GET /api/v1/session.',
  schema: { type: 'string' },
};

/**
 * A service's operation as the one origin serves it: its id and tag name the service, the session
 * cookie replaces the bearer token (the browser never holds one; the gateway mints it), and a write
 * needs the CSRF header — refused with 403 without it.
 */
function throughGateway(service: UpstreamService, method: string, op: OpenApiOperation): OpenApiOperation {
  const isPublic = Array.isArray(op.security) && op.security.length === 0;
  const responses = { ...op.responses };
  if (UNSAFE.has(method) && !responses['403']) {
    responses['403'] = problemRef('缺少或错误的 CSRF 令牌 · Missing or wrong CSRF token');
  }
  return {
    ...op,
    operationId: `${service}.${op.operationId}`,
    tags: op.tags.map((t) => `${service} · ${t}`),
    parameters: [...op.parameters, ...(UNSAFE.has(method) ? [csrfHeader] : [])],
    responses: Object.fromEntries(Object.entries(responses).sort(([a], [b]) => Number(a) - Number(b))),
    security: isPublic ? [] : [{ session: [] }],
  };
}

export interface ServiceDocument {
  service: UpstreamService;
  doc: OpenApiDocument;
}

/**
 * One document of the one origin's `/api/v1/*`: each service's `/api/v1` paths that the routing table
 * sends to that service (a path the gateway would not route to it is left out), the gateway's own
 * session and access routes, one Problem schema. `unavailable` names the services whose document could
 * not be read; the merged document says so in its description.
 */
export function mergeApiDocuments(
  docs: readonly ServiceDocument[],
  unavailable: readonly UpstreamService[] = [],
): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = { ...GATEWAY_PATHS };
  const tags: Array<{ name: string; description: string }> = [
    { name: 'gateway · Session', description: '登录会话 · Sign-in session' },
    {
      name: 'gateway · Access',
      description: '角色授权(市科技局) · Platform roles administered by the Bureau',
    },
  ];
  for (const { service, doc } of docs) {
    const serviceTags = new Set<string>();
    for (const [servicePath, ops] of Object.entries(doc.paths)) {
      const path = underApiPrefix(servicePath);
      if (!path || ownerOf(path) !== service) continue;
      for (const [method, op] of Object.entries(ops)) {
        const merged = throughGateway(service, method, op);
        merged.tags.forEach((t) => serviceTags.add(t));
        paths[path] = { ...paths[path], [method]: merged };
      }
    }
    for (const name of [...serviceTags].sort()) {
      tags.push({ name, description: `${SERVICE_ZH[service]}服务 · the ${service} service` });
    }
  }
  const missing = unavailable.length
    ? `\n\n**暂缺 Unavailable:** ${unavailable.join(', ')} — 该服务未应答,其接口暂未列出 · did not answer; its operations are not listed.`
    : '';
  return {
    openapi: '3.1.0',
    info: {
      title: '泸州市创新联合体管理平台 API · Luzhou innovation consortium platform API',
      version: docs[0]?.doc.info.version ?? '0.0.0',
      description:
        '本源(one origin)下的全部 /api/v1 接口,按资源路由到各服务;浏览器以登录会话(Cookie)调用,写操作须带 x-csrf-token。' +
        '错误均为 application/problem+json;他人单位或辖区的对象返回 404。\n\n' +
        'Every /api/v1 operation of the one origin, routed by resource to its owning service (docs/API.md). ' +
        'A browser calls with its session cookie (sign in at /auth/login) and sends x-csrf-token on writes; ' +
        'scripts call the services directly with a bearer token (each service documents itself at /docs). ' +
        'Errors are application/problem+json; another unit’s or jurisdiction’s object answers 404.' +
        missing,
    },
    tags,
    paths: Object.fromEntries(
      Object.keys(paths)
        .sort()
        .map((p) => [p, paths[p]]),
    ),
    components: {
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: SESSION_COOKIE,
          description: '登录后由网关设置(HttpOnly)。 · Set by the gateway at sign-in (HttpOnly).',
        },
      },
      schemas: { Problem: PROBLEM_SCHEMA },
    },
  };
}

/**
 * The gateway's own `/api/v1` routes (session, access) as a document of their own: what
 * `npm run api:generate` types for the portal beside the services' (apps/gateway/src/openapi-document.ts).
 */
export function gatewayOwnDocument(): OpenApiDocument {
  const merged = mergeApiDocuments([]);
  return {
    ...merged,
    info: { title: 'gateway', version: merged.info.version },
    tags: merged.tags?.filter((t) => t.name.startsWith('gateway')),
  };
}

/** `/api/v1/...` as is; a service with another prefix is not served by this origin. */
function underApiPrefix(path: string): string | undefined {
  return path.startsWith(`${API_PREFIX}/`) ? path : undefined;
}

function schemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return rest;
}

function queryParameters(schema: z.ZodType): Array<Record<string, unknown>> {
  const s = schemaOf(schema) as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(s.properties ?? {}).map(([name, p]) => ({
    name,
    in: 'query',
    required: (s.required ?? []).includes(name),
    schema: p,
  }));
}

const officerOnly = {
  'x-roles': ['officer'],
  security: [{ session: [] }],
  description: '**角色 Roles:** 市科技局 `officer`',
};
const errorsOf = (...statuses: Array<400 | 401 | 403 | 404 | 409>) =>
  Object.fromEntries(
    statuses.map((s) => [
      String(s),
      problemRef(
        {
          400: '输入不合法 · Invalid input',
          401: '未登录 · Not signed in',
          403: '非市科技局,或缺少 CSRF 令牌 · Not an officer, or no CSRF token',
          404: '不存在 · Not found',
          409: '与当前状态冲突 · Conflicts with the current state',
        }[s],
      ),
    ]),
  );

const GRANT_VIEW = {
  type: 'object',
  required: ['id', 'subject', 'role', 'grantedBy', 'grantedAt'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    subject: { type: 'string' },
    role: { type: 'string', enum: ['officer', 'reviewer', 'expert', 'evaluator'] },
    jurisdiction: { type: ['string', 'null'] },
    expertId: { type: ['string', 'null'] },
    org: { type: ['string', 'null'] },
    displayName: { type: ['string', 'null'] },
    grantedBy: { type: 'string' },
    grantedAt: { type: 'string' },
    revokedBy: { type: ['string', 'null'] },
    revokedAt: { type: ['string', 'null'] },
  },
};

/** The gateway's own `/api/v1` routes (session/session.routes.ts, access/access.routes.ts). */
const GATEWAY_PATHS: OpenApiDocument['paths'] = {
  '/api/v1/session': {
    get: {
      operationId: 'gateway.session',
      tags: ['gateway · Session'],
      summary: '当前会话(是否登录、角色、CSRF 令牌) · The current session: who, which role, the CSRF token',
      'x-summary': {
        zh: '当前会话(是否登录、角色、CSRF 令牌)',
        en: 'The current session: who, which role, the CSRF token',
      },
      description: '**角色 Roles:** 公开,无需登录 · public, no sign-in',
      parameters: [],
      responses: {
        200: {
          description: 'OK',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['authenticated', 'csrfToken', 'user', 'role'],
                properties: {
                  authenticated: { type: 'boolean' },
                  csrfToken: { type: 'string' },
                  user: {
                    type: ['object', 'null'],
                    properties: {
                      sub: { type: 'string' },
                      name: { type: ['string', 'null'] },
                      orgName: { type: ['string', 'null'] },
                    },
                  },
                  role: {
                    type: ['string', 'null'],
                    enum: ['applicant', 'reviewer', 'officer', 'expert', 'evaluator', null],
                  },
                  expired: { type: 'boolean' },
                  jurisdiction: { type: 'string' },
                  uscc: { type: 'string' },
                  org: { type: 'string' },
                  expertId: { type: 'string' },
                  idleTimeoutSeconds: { type: 'integer' },
                },
              },
            },
          },
        },
        ...errorsOf(401),
      },
      security: [],
      'x-roles': [],
    },
  },
  '/api/v1/access/grants': {
    get: {
      operationId: 'gateway.listGrants',
      tags: ['gateway · Access'],
      summary: '平台角色授权列表 · List the platform role grants',
      'x-summary': { zh: '平台角色授权列表', en: 'List the platform role grants' },
      ...officerOnly,
      parameters: queryParameters(grantListQuerySchema),
      responses: {
        200: {
          description: 'OK',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['items', 'total', 'page', 'pageSize'],
                properties: {
                  items: { type: 'array', items: GRANT_VIEW },
                  total: { type: 'integer' },
                  page: { type: 'integer' },
                  pageSize: { type: 'integer' },
                },
              },
            },
          },
        },
        ...errorsOf(400, 401, 403),
      },
    },
    post: {
      operationId: 'gateway.grant',
      tags: ['gateway · Access'],
      summary: '授予平台角色(下次请求起生效) · Grant a platform role (effective from the next request)',
      'x-summary': {
        zh: '授予平台角色(下次请求起生效)',
        en: 'Grant a platform role (effective from the next request)',
      },
      ...officerOnly,
      parameters: [csrfHeader],
      requestBody: { required: true, content: { 'application/json': { schema: schemaOf(grantBodySchema) } } },
      responses: {
        201: { description: 'OK', content: { 'application/json': { schema: GRANT_VIEW } } },
        ...errorsOf(400, 401, 403, 409),
      },
    },
  },
  '/api/v1/access/grants/{id}/revoke': {
    post: {
      operationId: 'gateway.revokeGrant',
      tags: ['gateway · Access'],
      summary: '撤销平台角色 · Revoke a platform role',
      'x-summary': { zh: '撤销平台角色', en: 'Revoke a platform role' },
      ...officerOnly,
      parameters: [
        {
          name: 'id',
          in: 'path',
          required: true,
          schema: (schemaOf(grantIdParamsSchema) as { properties: Record<string, unknown> }).properties.id,
        },
        csrfHeader,
      ],
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema: GRANT_VIEW } } },
        ...errorsOf(400, 401, 403, 404, 409),
      },
    },
  },
};
