import { SetMetadata } from '@nestjs/common';
import type { z } from 'zod';
import { ZOD_ROUTE_METADATA, type ZodRouteSchemas } from '../validation/zod.decorators';

export const API_OPERATION_METADATA = 'lz:http:api-operation';

/**
 * Error statuses a route may answer beyond the ones the OpenAPI builder derives by itself (400 for
 * input, 401/403 for a protected route, 404 for a path with an id, 409/422 for an Idempotency-Key,
 * 413/415 for an upload). Declare the route's own: 409 for a state conflict, 422 for a policy rule.
 */
export type DocumentedErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503;

/** What /docs says of one operation: a summary in Chinese and in English, and what it can refuse with. */
export interface ApiOperationDoc {
  /** 中文摘要, e.g. '发布年度申报通知'. */
  zh: string;
  /** English summary, e.g. 'Publish the annual call'. */
  en: string;
  /** Longer notes (Markdown), Chinese and English. */
  notes?: string;
  /** Error statuses of this route's own logic (the builder adds the generic ones). */
  errors?: readonly DocumentedErrorStatus[];
  /** The success answer is bytes (a download), not JSON. */
  binary?: boolean;
  /**
   * The list also answers as these files with `format=` (list-export.ts `exportable`): /docs lists
   * their media types beside the JSON page.
   */
  exports?: readonly ('xlsx' | 'csv' | 'pdf')[];
}

/**
 * `@ApiOperation({ zh: '发布年度申报通知', en: 'Publish the annual call', errors: [422] })`: the summary
 * and errors of the route in the OpenAPI document (no run-time effect). Every route of every service
 * carries one; libs/testing's service conventions fail a service whose document has an operation
 * without it.
 */
export const ApiOperation = (doc: ApiOperationDoc): MethodDecorator =>
  SetMetadata(API_OPERATION_METADATA, doc);

/** The multipart/form-data body of an upload route, for /docs (the handler reads it itself). */
export interface MultipartDoc {
  /** Name of the file part (default `file`). */
  file?: string;
  /** The other parts, as a zod object of strings (e.g. `z.object({ category: ... })`). */
  fields?: z.ZodType;
  /** The largest file accepted, bytes (documented; the limit itself is the service's). */
  maxBytes?: number;
}

/** Documents a multipart/form-data request body (no run-time effect). */
export function ApiMultipart(doc: MultipartDoc = {}): MethodDecorator {
  return (target, key) => {
    const handler = (target as Record<string | symbol, object>)[key];
    const current: ZodRouteSchemas = { ...(Reflect.getMetadata(ZOD_ROUTE_METADATA, handler) ?? {}) };
    current.multipart = doc;
    Reflect.defineMetadata(ZOD_ROUTE_METADATA, current, handler);
  };
}
