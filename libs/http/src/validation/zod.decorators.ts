import { Body, Param, Query } from '@nestjs/common';
import type { z } from 'zod';
import type { MultipartDoc } from '../openapi/api-operation.decorator';
import { ZodPipe } from './zod.pipe';

export const ZOD_ROUTE_METADATA = 'lz:http:zod-route';

/** What the OpenAPI builder reads from a handler. */
export interface ZodRouteSchemas {
  body?: z.ZodType;
  query?: z.ZodType;
  params?: Record<string, z.ZodType>;
  responses?: Record<number, z.ZodType>;
  /** A multipart/form-data body (`@ApiMultipart`), read by the handler itself. */
  multipart?: MultipartDoc;
}

function record(target: object, key: string | symbol | undefined, patch: (s: ZodRouteSchemas) => void): void {
  if (key === undefined) return;
  const handler = (target as Record<string | symbol, object>)[key];
  const current: ZodRouteSchemas = { ...(Reflect.getMetadata(ZOD_ROUTE_METADATA, handler) ?? {}) };
  patch(current);
  Reflect.defineMetadata(ZOD_ROUTE_METADATA, current, handler);
}

/** `@ZodBody(schema) body: T` — validated body, schema recorded for /docs. */
export function ZodBody(schema: z.ZodType): ParameterDecorator {
  return (target, key, index) => {
    record(target, key, (s) => (s.body = schema));
    Body(new ZodPipe(schema))(target, key, index);
  };
}

/** `@ZodQuery(schema) q: T` — the whole query object (use z.coerce for numbers). */
export function ZodQuery(schema: z.ZodType): ParameterDecorator {
  return (target, key, index) => {
    record(target, key, (s) => (s.query = schema));
    Query(new ZodPipe(schema))(target, key, index);
  };
}

/** `@ZodParam('id', z.uuid()) id: string` — one path parameter. */
export function ZodParam(name: string, schema: z.ZodType): ParameterDecorator {
  return (target, key, index) => {
    record(target, key, (s) => (s.params = { ...s.params, [name]: schema }));
    Param(name, new ZodPipe(schema))(target, key, index);
  };
}

/** Documents a response body for /docs (no runtime effect). */
export function ZodResponse(status: number, schema: z.ZodType): MethodDecorator {
  return (target, key) => record(target, key, (s) => (s.responses = { ...s.responses, [status]: schema }));
}
