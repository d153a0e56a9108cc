import { Inject, Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { z } from 'zod';
import { API_PREFIX, HTTP_KIT_OPTIONS, PUBLIC_ROUTE_METADATA, type HttpKitOptions } from '../http.constants';
import { ZOD_ROUTE_METADATA, type ZodRouteSchemas } from '../validation/zod.decorators';

const METHODS = ['get', 'post', 'put', 'delete', 'patch', 'all', 'options', 'head'];
const ROLES_METADATA = 'lz:auth:roles'; // @lz/auth's key, read only for documentation

/** Controllers of the kit itself: they live outside the global prefix. */
export const UNPREFIXED_CONTROLLERS = new Set<string>([
  'HealthController',
  'MetricsController',
  'DocsController',
]);

type JsonSchema = Record<string, unknown>;
interface Operation {
  operationId: string;
  tags: string[];
  summary?: string;
  parameters: JsonSchema[];
  requestBody?: JsonSchema;
  responses: Record<string, JsonSchema>;
  security?: Record<string, string[]>[];
  'x-roles'?: string[];
}
export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
  components: JsonSchema;
}

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

/** Builds the OpenAPI 3.1 document by walking every controller route and its zod decorators. */
@Injectable()
export class OpenApiService {
  private cached?: OpenApiDocument;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    @Inject(HTTP_KIT_OPTIONS) private readonly options: HttpKitOptions,
  ) {}

  document(): OpenApiDocument {
    this.cached ??= this.build();
    return this.cached;
  }

  private build(): OpenApiDocument {
    const prefix = this.options.globalPrefix ?? API_PREFIX;
    const paths: OpenApiDocument['paths'] = {};
    for (const wrapper of this.discovery.getControllers()) {
      const type = wrapper.metatype as (new (...a: never[]) => unknown) | undefined;
      if (!type?.prototype) continue;
      const ctrlPaths = [Reflect.getMetadata('path', type) ?? '/'].flat() as string[];
      const ctrlPublic = Reflect.getMetadata(PUBLIC_ROUTE_METADATA, type) === true;
      const ctrlRoles = Reflect.getMetadata(ROLES_METADATA, type) as string[] | undefined;
      for (const name of this.scanner.getAllMethodNames(type.prototype)) {
        const handler = (type.prototype as Record<string, object>)[name];
        const methodIdx = Reflect.getMetadata('method', handler) as number | undefined;
        const routePaths = Reflect.getMetadata('path', handler) as string | string[] | undefined;
        if (methodIdx === undefined || routePaths === undefined) continue;
        const method = METHODS[methodIdx] ?? 'get';
        const zod = (Reflect.getMetadata(ZOD_ROUTE_METADATA, handler) ?? {}) as ZodRouteSchemas;
        // The method's own rule wins over its controller's (same precedence as @lz/auth's guard).
        const handlerPublic = Reflect.getMetadata(PUBLIC_ROUTE_METADATA, handler) === true;
        const handlerRoles = Reflect.getMetadata(ROLES_METADATA, handler) as string[] | undefined;
        const isPublic = handlerPublic || (!handlerRoles && ctrlPublic);
        const roles = isPublic ? undefined : (handlerRoles ?? ctrlRoles);
        const httpCode = Reflect.getMetadata('__httpCode__', handler) as number | undefined;
        const okStatus = httpCode ?? (method === 'post' ? 201 : 200);
        for (const cp of ctrlPaths) {
          for (const rp of [routePaths].flat()) {
            const path = UNPREFIXED_CONTROLLERS.has(type.name) ? joinPath(cp, rp) : joinPath(prefix, cp, rp);
            const op = this.operation(type.name, name, method, path, zod, okStatus, isPublic, roles);
            paths[path] = { ...paths[path], [method]: op };
          }
        }
      }
    }
    return {
      openapi: '3.1.0',
      info: { title: this.options.serviceName, version: this.options.version ?? '0.0.0' },
      paths,
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
        schemas: {
          Problem: {
            type: 'object',
            required: ['type', 'title', 'status', 'detail', 'errors'],
            properties: {
              type: { type: 'string' },
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
          },
        },
      },
    };
  }

  private operation(
    ctrl: string,
    name: string,
    method: string,
    path: string,
    zod: ZodRouteSchemas,
    okStatus: number,
    isPublic: boolean,
    roles: string[] | undefined,
  ): Operation {
    const parameters: JsonSchema[] = [];
    const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    for (const p of pathParams) {
      const s = zod.params?.[p];
      parameters.push({
        name: p,
        in: 'path',
        required: true,
        schema: s ? toSchema(s, 'input') : { type: 'string' },
      });
    }
    if (zod.query) {
      const q = toSchema(zod.query, 'input') as {
        properties?: Record<string, JsonSchema>;
        required?: string[];
      };
      for (const [qn, qs] of Object.entries(q.properties ?? {})) {
        parameters.push({ name: qn, in: 'query', required: (q.required ?? []).includes(qn), schema: qs });
      }
    }
    const problem = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
    const responses: Record<string, JsonSchema> = {};
    const documented = zod.responses ?? {};
    responses[String(okStatus)] = documented[okStatus]
      ? {
          description: 'OK',
          content: { 'application/json': { schema: toSchema(documented[okStatus], 'output') } },
        }
      : { description: 'OK' };
    for (const [status, schema] of Object.entries(documented)) {
      if (Number(status) === okStatus) continue;
      responses[status] = {
        description: status,
        content: { 'application/json': { schema: toSchema(schema, 'output') } },
      };
    }
    responses['400'] = { description: 'Invalid input', content: problem };
    if (!isPublic) {
      responses['401'] = { description: 'Missing or invalid token', content: problem };
      responses['403'] = { description: 'Role not allowed', content: problem };
    }
    return {
      operationId: `${ctrl}.${name}`,
      tags: [ctrl.replace(/Controller$/, '')],
      parameters,
      ...(zod.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: toSchema(zod.body, 'input') } },
            },
          }
        : {}),
      responses,
      ...(isPublic
        ? { security: [] }
        : { security: [{ bearer: [] }], ...(roles ? { 'x-roles': roles } : {}) }),
    };
  }
}
