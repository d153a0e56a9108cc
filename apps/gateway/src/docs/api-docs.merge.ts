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

/**
 * Who calls a route and how: the session cookie (unless public) and, for a write, the CSRF token as a
 * header (an API-key scheme, so Swagger UI's page can fill it in from GET /api/v1/session and the
 * typed client's middleware adds it, instead of a parameter each call would have to pass).
 */
function securityOf(isPublic: boolean, isWrite: boolean): Array<Record<string, string[]>> {
  if (isPublic) return isWrite ? [{ csrf: [] }] : [];
  return [isWrite ? { session: [], csrf: [] } : { session: [] }];
}

/**
 * A service's operation as the one origin serves it: its id and tag name the service, the session
 * cookie replaces the bearer token (the browser never holds one; the gateway mints it), and a write
 * needs the CSRF header — refused with 403 without it.
 */
function throughGateway(service: UpstreamService, method: string, op: OpenApiOperation): OpenApiOperation {
  const isPublic = Array.isArray(op.security) && op.security.length === 0;
  const responses = { ...op.responses };
  if (UNSAFE.has(method) && !responses['403']) {
    responses['403'] = problemRef(NO_CSRF);
  }
  return {
    ...op,
    operationId: `${service}.${op.operationId}`,
    tags: op.tags.map((t) => `${service} · ${t}`),
    parameters: op.parameters,
    responses: Object.fromEntries(Object.entries(responses).sort(([a], [b]) => Number(a) - Number(b))),
    security: securityOf(isPublic, UNSAFE.has(method)),
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
        csrf: {
          type: 'apiKey',
          in: 'header',
          name: CSRF_HEADER,
          description:
            '写操作须带 GET /api/v1/session 给出的 csrfToken(本页自动填入)。 · Writes carry the csrfToken of GET /api/v1/session (this page fills it in).',
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

const ERROR_TEXT = {
  400: '输入不合法 · Invalid input',
  401: '未登录 · Not signed in',
  403: '非市科技局,或缺少 CSRF 令牌 · Not an officer, or no CSRF token',
  404: '不存在 · Not found',
  409: '与当前状态冲突 · Conflicts with the current state',
} as const;
const NO_CSRF = '缺少或错误的 CSRF 令牌 · Missing or wrong CSRF token';

/** A JSON object schema with every property required unless named in `optional`. */
function objectSchema(
  properties: Record<string, Record<string, unknown>>,
  optional: readonly string[] = [],
): Record<string, unknown> {
  return {
    type: 'object',
    required: Object.keys(properties).filter((k) => !optional.includes(k)),
    properties,
  };
}

/**
 * One of the gateway's own operations: the bilingual summary, who may call it (public: no sign-in;
 * officer: 市科技局 with the session cookie), its JSON success answer and its problem+json errors.
 */
function gatewayOperation(o: {
  id: string;
  tag: 'Session' | 'Access';
  zh: string;
  en: string;
  access: 'public' | 'officer';
  /** A write: the CSRF token is required. */
  write?: boolean;
  parameters?: Array<Record<string, unknown>>;
  requestBody?: Record<string, unknown>;
  success: { status: 200 | 201; schema: Record<string, unknown> };
  errors: Array<keyof typeof ERROR_TEXT>;
}): OpenApiOperation {
  const roles =
    o.access === 'public'
      ? '**角色 Roles:** 公开,无需登录 · public, no sign-in'
      : '**角色 Roles:** 市科技局 `officer`';
  return {
    operationId: `gateway.${o.id}`,
    tags: [`gateway · ${o.tag}`],
    summary: `${o.zh} · ${o.en}`,
    'x-summary': { zh: o.zh, en: o.en },
    description: o.write ? `${roles}(写操作须带 CSRF 令牌 · a write: the CSRF token)` : roles,
    parameters: o.parameters ?? [],
    ...(o.requestBody ? { requestBody: o.requestBody } : {}),
    responses: {
      [o.success.status]: {
        description: 'OK',
        content: { 'application/json': { schema: o.success.schema } },
      },
      ...Object.fromEntries(
        o.errors.map((status) => [
          String(status),
          problemRef(status === 403 && o.access === 'public' ? NO_CSRF : ERROR_TEXT[status]),
        ]),
      ),
    },
    security: securityOf(o.access === 'public', o.write ?? false),
    'x-roles': o.access === 'public' ? [] : ['officer'],
  };
}

const nullable = (type: string) => ({ type: [type, 'null'] });

const GRANT_VIEW = objectSchema(
  {
    id: { type: 'string', format: 'uuid' },
    subject: { type: 'string' },
    role: { type: 'string', enum: ['officer', 'reviewer', 'expert', 'evaluator'] },
    jurisdiction: nullable('string'),
    expertId: nullable('string'),
    org: nullable('string'),
    displayName: nullable('string'),
    grantedBy: { type: 'string' },
    grantedAt: { type: 'string' },
    revokedBy: nullable('string'),
    revokedAt: nullable('string'),
  },
  ['jurisdiction', 'expertId', 'org', 'displayName', 'revokedBy', 'revokedAt'],
);

const SESSION_VIEW = objectSchema(
  {
    authenticated: { type: 'boolean' },
    csrfToken: { type: 'string' },
    user: {
      type: ['object', 'null'],
      properties: { sub: { type: 'string' }, name: nullable('string'), orgName: nullable('string') },
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
  ['expired', 'jurisdiction', 'uscc', 'org', 'expertId', 'idleTimeoutSeconds'],
);

const grantIdParameter = {
  name: 'id',
  in: 'path',
  required: true,
  schema: (schemaOf(grantIdParamsSchema) as { properties: Record<string, unknown> }).properties.id,
};

/** The gateway's own routes (session/session.routes.ts, access/access.routes.ts). */
const GATEWAY_PATHS: OpenApiDocument['paths'] = {
  '/api/v1/session': {
    get: gatewayOperation({
      id: 'session',
      tag: 'Session',
      zh: '当前会话(是否登录、角色、CSRF 令牌)',
      en: 'The current session: who, which role, the CSRF token',
      access: 'public',
      success: { status: 200, schema: SESSION_VIEW },
      errors: [401],
    }),
  },
  '/auth/logout': {
    post: gatewayOperation({
      id: 'logout',
      tag: 'Session',
      zh: '退出登录(并给出身份提供方的退出地址)',
      en: 'Sign out (and the issuer’s end-session address)',
      access: 'public',
      write: true,
      success: {
        status: 200,
        schema: objectSchema({ signedOut: { type: 'boolean' }, endSessionUrl: nullable('string') }),
      },
      errors: [403],
    }),
  },
  '/api/v1/access/grants': {
    get: gatewayOperation({
      id: 'listGrants',
      tag: 'Access',
      zh: '平台角色授权列表',
      en: 'List the platform role grants',
      access: 'officer',
      parameters: queryParameters(grantListQuerySchema),
      success: {
        status: 200,
        schema: objectSchema({
          items: { type: 'array', items: GRANT_VIEW },
          total: { type: 'integer' },
          page: { type: 'integer' },
          pageSize: { type: 'integer' },
        }),
      },
      errors: [400, 401, 403],
    }),
    post: gatewayOperation({
      id: 'grant',
      tag: 'Access',
      zh: '授予平台角色(下次请求起生效)',
      en: 'Grant a platform role (effective from the next request)',
      access: 'officer',
      write: true,
      requestBody: { required: true, content: { 'application/json': { schema: schemaOf(grantBodySchema) } } },
      success: { status: 201, schema: GRANT_VIEW },
      errors: [400, 401, 403, 409],
    }),
  },
  '/api/v1/access/grants/{id}/revoke': {
    post: gatewayOperation({
      id: 'revokeGrant',
      tag: 'Access',
      zh: '撤销平台角色',
      en: 'Revoke a platform role',
      access: 'officer',
      write: true,
      parameters: [grantIdParameter],
      success: { status: 200, schema: GRANT_VIEW },
      errors: [400, 401, 403, 404, 409],
    }),
  },
};
