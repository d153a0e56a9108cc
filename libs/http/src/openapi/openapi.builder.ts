import { z } from 'zod';
import { API_PREFIX, PUBLIC_ROUTE_METADATA } from '../http.constants';
import { IDEMPOTENT_METADATA } from '../idempotency/idempotency.interceptor';
import { ZOD_ROUTE_METADATA, type ZodRouteSchemas } from '../validation/zod.decorators';
import {
  API_OPERATION_METADATA,
  type ApiOperationDoc,
  type DocumentedErrorStatus,
} from './api-operation.decorator';
import { EXPORT_MEDIA_TYPES } from '../list/list-export';

const METHODS = ['get', 'post', 'put', 'delete', 'patch', 'all', 'options', 'head'];
const ROLES_METADATA = 'lz:auth:roles'; // @lz/auth's key, read only for documentation

/** Controllers of the kit itself: they live outside the global prefix. */
export const UNPREFIXED_CONTROLLERS = new Set<string>([
  'HealthController',
  'MetricsController',
  'DocsController',
]);

export type JsonSchema = Record<string, unknown>;

export interface OpenApiOperation {
  operationId: string;
  tags: string[];
  /** `中文 · English`. */
  summary?: string;
  description?: string;
  /** The two halves of the summary, for clients that show one language. */
  'x-summary'?: { zh: string; en: string };
  parameters: JsonSchema[];
  requestBody?: JsonSchema;
  responses: Record<string, JsonSchema>;
  security?: Record<string, string[]>[];
  /** Who may call it: role names; `[]` for a public route (no sign-in). */
  'x-roles'?: string[];
  /** Present when the route honours `Idempotency-Key` (and whether it insists on one). */
  'x-idempotency'?: { required: boolean };
}

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description?: string };
  servers?: Array<{ url: string; description?: string }>;
  tags?: Array<{ name: string; description?: string }>;
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: JsonSchema;
}

export interface OpenApiBuildOptions {
  serviceName: string;
  /** Service version (default 0.0.0). */
  version?: string;
  /** Global prefix of the service's own routes (default api/v1). */
  globalPrefix?: string;
}

type ControllerType = abstract new (...args: never[]) => unknown;

/** The problem+json body every error answers with (docs/ARCHITECTURE.md "HTTP conventions"). */
export const PROBLEM_SCHEMA: JsonSchema = {
  type: 'object',
  description: 'RFC 9457 problem details; `errors[]` names the field and the rule (docs/SPEC.md rule IDs).',
  required: ['type', 'title', 'titleZh', 'status', 'detail', 'errors'],
  properties: {
    type: { type: 'string', description: 'urn:lz:problem:<code> (libs/http error catalogue)' },
    title: { type: 'string' },
    titleZh: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    correlationId: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['rule', 'path', 'message', 'messageZh'],
        properties: {
          rule: { type: 'string' },
          path: { type: 'string' },
          message: { type: 'string' },
          messageZh: { type: 'string' },
        },
      },
    },
  },
};

/** What each error status means, Chinese and English (the response's description). */
export const ERROR_DESCRIPTIONS: Record<DocumentedErrorStatus, string> = {
  400: '输入不合法(errors[] 指明字段与规则) · Invalid input (errors[] names the field and the rule)',
  401: '未登录或令牌无效 · Not signed in, or the token is invalid',
  403: '当前角色无权调用 · The caller’s role may not call this',
  404: '不存在,或不在调用者的范围内 · Not found, or outside the caller’s unit/jurisdiction/assignment (no existence leak)',
  409: '与当前状态冲突,或相同幂等键的请求仍在处理 · Conflicts with the current state, or a request with this Idempotency-Key is in progress',
  413: '文件或请求体过大 · The file or body is too large',
  415: '不支持的内容类型 · Unsupported content type',
  422: '不符合政策规定(errors[].rule 为规则编号),或幂等键已用于不同请求 · Policy rules not met (errors[].rule is the docs/SPEC.md rule ID), or the Idempotency-Key was used for another request',
  429: '请求过于频繁 · Too many requests',
  500: '服务器内部错误(附关联编号) · Internal error (quote the correlation id)',
  503: '依赖服务暂不可用 · A dependency is unavailable',
};

const ROLE_ZH: Record<string, string> = {
  applicant: '申报单位',
  reviewer: '初审单位',
  officer: '市科技局',
  expert: '评审专家',
  evaluator: '评估机构',
};

function toSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
  }) as JsonSchema;
  return rest;
}

function joinPath(...parts: string[]): string {
  const p = parts
    .flatMap((s) => s.split('/'))
    .filter(Boolean)
    .map((seg) => (seg.startsWith(':') ? `{${seg.slice(1).replace(/\?$/, '')}}` : seg))
    .join('/');
  return `/${p}`;
}

function problemResponse(status: DocumentedErrorStatus): JsonSchema {
  return {
    description: ERROR_DESCRIPTIONS[status],
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  };
}

interface RouteFacts {
  ctrl: string;
  name: string;
  method: string;
  path: string;
  zod: ZodRouteSchemas;
  okStatus: number;
  isPublic: boolean;
  roles: string[] | undefined;
  idempotent: { required: boolean } | undefined;
  doc: ApiOperationDoc | undefined;
}

/**
 * The OpenAPI 3.1 document of a service, from its controllers' metadata alone: routes (Nest's
 * decorators), the zod schemas of `@ZodBody/@ZodQuery/@ZodParam/@ZodResponse`, who may call
 * (`@Roles/@Public`), `@Idempotent`, `@ApiMultipart` and `@ApiOperation`. Pure: the running service
 * (OpenApiService) and `npm run api:generate` (no service running) build the same document.
 */
export function buildOpenApiDocument(
  controllers: ReadonlyArray<ControllerType>,
  options: OpenApiBuildOptions,
): OpenApiDocument {
  const prefix = options.globalPrefix ?? API_PREFIX;
  const paths: OpenApiDocument['paths'] = {};
  const seen = new Set<ControllerType>();
  for (const type of controllers) {
    if (!type?.prototype || seen.has(type)) continue;
    seen.add(type);
    const ctrlPaths = [Reflect.getMetadata('path', type) ?? '/'].flat() as string[];
    const ctrlPublic = Reflect.getMetadata(PUBLIC_ROUTE_METADATA, type) === true;
    const ctrlRoles = Reflect.getMetadata(ROLES_METADATA, type) as string[] | undefined;
    const proto = type.prototype as Record<string, object>;
    for (const name of methodNames(proto)) {
      const handler = proto[name];
      const methodIdx = Reflect.getMetadata('method', handler) as number | undefined;
      const routePaths = Reflect.getMetadata('path', handler) as string | string[] | undefined;
      if (methodIdx === undefined || routePaths === undefined) continue;
      const method = METHODS[methodIdx] ?? 'get';
      // The method's own rule wins over its controller's (same precedence as @lz/auth's guard).
      const handlerPublic = Reflect.getMetadata(PUBLIC_ROUTE_METADATA, handler) === true;
      const handlerRoles = Reflect.getMetadata(ROLES_METADATA, handler) as string[] | undefined;
      const isPublic = handlerPublic || (!handlerRoles && ctrlPublic);
      const httpCode = Reflect.getMetadata('__httpCode__', handler) as number | undefined;
      const base = {
        ctrl: type.name,
        name,
        method,
        zod: (Reflect.getMetadata(ZOD_ROUTE_METADATA, handler) ?? {}) as ZodRouteSchemas,
        okStatus: httpCode ?? (method === 'post' ? 201 : 200),
        isPublic,
        roles: isPublic ? undefined : (handlerRoles ?? ctrlRoles),
        idempotent: Reflect.getMetadata(IDEMPOTENT_METADATA, handler) as { required: boolean } | undefined,
        doc: Reflect.getMetadata(API_OPERATION_METADATA, handler) as ApiOperationDoc | undefined,
      };
      for (const cp of ctrlPaths) {
        for (const rp of [routePaths].flat()) {
          const path = UNPREFIXED_CONTROLLERS.has(type.name) ? joinPath(cp, rp) : joinPath(prefix, cp, rp);
          paths[path] = { ...paths[path], [method]: operation({ ...base, path }) };
        }
      }
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: options.serviceName,
      version: options.version ?? '0.0.0',
      description:
        `泸州市创新联合体管理平台 ${options.serviceName} 服务接口。错误均为 application/problem+json。\n\n` +
        `The ${options.serviceName} service of the Luzhou innovation consortium platform (docs/API.md). ` +
        'Errors are application/problem+json; another unit’s or jurisdiction’s object answers 404.',
    },
    paths: sortedPaths(paths),
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: { Problem: PROBLEM_SCHEMA },
    },
  };
}

/** Own and inherited method names of a controller prototype, constructor excluded. */
function methodNames(proto: object): string[] {
  const names = new Set<string>();
  for (let p: object | null = proto; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    for (const n of Object.getOwnPropertyNames(p)) {
      if (n === 'constructor') continue;
      const d = Object.getOwnPropertyDescriptor(p, n);
      if (d && typeof d.value === 'function') names.add(n);
    }
  }
  return [...names];
}

/** Stable order (the generated client is committed; a reordering must not show as a change). */
function sortedPaths(paths: OpenApiDocument['paths']): OpenApiDocument['paths'] {
  return Object.fromEntries(
    Object.keys(paths)
      .sort()
      .map((k) => [k, paths[k]]),
  );
}

function rolesText(r: RouteFacts): { roles: string[]; text: string } {
  if (r.isPublic) return { roles: [], text: '**角色 Roles:** 公开,无需登录 · public, no sign-in' };
  const roles = [...(r.roles ?? [])];
  const text =
    roles.length === 0
      ? '**角色 Roles:** 任何已登录角色 · any signed-in role'
      : `**角色 Roles:** ${roles.map((x) => `${ROLE_ZH[x] ?? x} \`${x}\``).join('、')}`;
  return { roles, text };
}

function operation(r: RouteFacts): OpenApiOperation {
  const parameters: JsonSchema[] = [];
  const pathParams = [...r.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  for (const p of pathParams) {
    const s = r.zod.params?.[p];
    parameters.push({
      name: p,
      in: 'path',
      required: true,
      schema: s ? toSchema(s, 'input') : { type: 'string' },
    });
  }
  if (r.zod.query) {
    const q = toSchema(r.zod.query, 'input') as {
      properties?: Record<string, JsonSchema>;
      required?: string[];
    };
    for (const [qn, qs] of Object.entries(q.properties ?? {})) {
      parameters.push({ name: qn, in: 'query', required: (q.required ?? []).includes(qn), schema: qs });
    }
  }
  if (r.idempotent) {
    parameters.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: r.idempotent.required,
      description:
        (r.idempotent.required ? '必填。' : '可选。') +
        '重试时使用同一值,服务只执行一次并重放原答复。 · ' +
        (r.idempotent.required ? 'Required. ' : 'Optional. ') +
        'Reuse the same value when retrying: the service carries the request out once and replays its answer.',
      schema: { type: 'string', pattern: '^[A-Za-z0-9._:-]{1,200}$' },
    });
  }

  const responses: Record<string, JsonSchema> = {};
  const documented = r.zod.responses ?? {};
  const okSchema = documented[r.okStatus];
  responses[String(r.okStatus)] = r.doc?.binary
    ? {
        description: '文件内容 · The bytes',
        content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
      }
    : okSchema
      ? { description: 'OK', content: { 'application/json': { schema: toSchema(okSchema, 'output') } } }
      : { description: 'OK' };
  if (r.doc?.exports?.length) {
    const ok = responses[String(r.okStatus)] as { description: string; content?: Record<string, JsonSchema> };
    ok.description = `OK; format=${r.doc.exports.join('|')} 时为附件下载 · a download with format=${r.doc.exports.join('|')}`;
    ok.content = { ...ok.content };
    for (const format of r.doc.exports) {
      ok.content[EXPORT_MEDIA_TYPES[format].split(';')[0]] = { schema: { type: 'string', format: 'binary' } };
    }
  }
  for (const [status, schema] of Object.entries(documented)) {
    if (Number(status) === r.okStatus) continue;
    responses[status] = {
      description: status,
      content: { 'application/json': { schema: toSchema(schema, 'output') } },
    };
  }
  const errors = new Set<DocumentedErrorStatus>(r.doc?.errors ?? []);
  const hasInput =
    pathParams.length > 0 || !!r.zod.query || !!r.zod.body || !!r.zod.multipart || !!r.idempotent;
  if (hasInput) errors.add(400);
  if (!r.isPublic) {
    errors.add(401);
    errors.add(403);
  }
  if (pathParams.length > 0) errors.add(404);
  if (r.idempotent) {
    errors.add(409); // idempotency.in_progress
    errors.add(422); // idempotency.key_reused
  }
  if (r.zod.multipart) {
    errors.add(413);
    errors.add(415);
  }
  for (const status of [...errors].sort((a, b) => a - b)) responses[String(status)] = problemResponse(status);

  let requestBody: JsonSchema | undefined;
  if (r.zod.body) {
    requestBody = {
      required: true,
      content: { 'application/json': { schema: toSchema(r.zod.body, 'input') } },
    };
  } else if (r.zod.multipart) {
    const fileField = r.zod.multipart.file ?? 'file';
    const fields = r.zod.multipart.fields
      ? (toSchema(r.zod.multipart.fields, 'input') as { properties?: JsonSchema; required?: string[] })
      : {};
    requestBody = {
      required: true,
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            required: [...(fields.required ?? []), fileField],
            properties: {
              ...(fields.properties ?? {}),
              [fileField]: {
                type: 'string',
                format: 'binary',
                ...(r.zod.multipart.maxBytes ? { description: `≤ ${r.zod.multipart.maxBytes} bytes` } : {}),
              },
            },
          },
        },
      },
    };
  }

  const who = rolesText(r);
  const doc = r.doc;
  const description = [
    who.text,
    ...(r.idempotent
      ? [
          `**Idempotency-Key:** ${r.idempotent.required ? '必填 required' : '可选 optional'} — 重试安全 · safe to retry`,
        ]
      : []),
    ...(r.doc?.notes ? [r.doc.notes] : []),
  ].join('\n\n');

  return {
    operationId: `${r.ctrl}.${r.name}`,
    tags: [r.ctrl.replace(/Controller$/, '')],
    ...(doc ? { summary: `${doc.zh} · ${doc.en}`, 'x-summary': { zh: doc.zh, en: doc.en } } : {}),
    description,
    parameters,
    ...(requestBody ? { requestBody } : {}),
    responses,
    ...(r.isPublic ? { security: [] } : { security: [{ bearer: [] }] }),
    'x-roles': who.roles,
    ...(r.idempotent ? { 'x-idempotency': { required: r.idempotent.required } } : {}),
  };
}
