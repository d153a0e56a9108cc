import 'reflect-metadata';
import { Controller, Get, HttpCode, Post, SetMetadata } from '@nestjs/common';
import { z } from 'zod';
import { PublicRoute } from '../http.constants';
import { Idempotent } from '../idempotency/idempotency.interceptor';
import { ZodBody, ZodParam, ZodQuery, ZodResponse } from '../validation/zod.decorators';
import { ApiMultipart, ApiOperation } from './api-operation.decorator';
import { buildOpenApiDocument, type OpenApiOperation } from './openapi.builder';

// @lz/auth's keys (libs/http must not import it): the builder reads them for documentation only.
const Roles = (...roles: string[]) => SetMetadata('lz:auth:roles', roles);

@Controller('cases')
@Roles('officer')
class CasesController {
  @Post()
  @Idempotent()
  @ApiOperation({ zh: '登记案件', en: 'Register a case', errors: [422] })
  @ZodResponse(201, z.object({ id: z.string() }))
  create(@ZodBody(z.strictObject({ title: z.string() })) _b: unknown) {
    return undefined;
  }

  @Get()
  @PublicRoute()
  @ApiOperation({ zh: '案件列表', en: 'List the cases' })
  list(@ZodQuery(z.strictObject({ page: z.coerce.number().int().optional() })) _q: unknown) {
    return undefined;
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles('applicant')
  @Idempotent({ required: true })
  @ApiOperation({ zh: '提交', en: 'Submit', errors: [409] })
  submit(@ZodParam('id', z.uuid()) _id: string) {
    return undefined;
  }

  @Post(':id/files')
  @ApiMultipart({ fields: z.object({ category: z.enum(['A', 'B']) }), maxBytes: 1024 })
  @ApiOperation({ zh: '上传', en: 'Upload' })
  upload(@ZodParam('id', z.uuid()) _id: string) {
    return undefined;
  }

  @Get(':id/files/:fileId')
  @ApiOperation({ zh: '下载', en: 'Download', binary: true })
  download() {
    return undefined;
  }

  @Get('undocumented')
  bare() {
    return undefined;
  }
}

describe(buildOpenApiDocument.name, () => {
  const doc = buildOpenApiDocument([CasesController], { serviceName: 'cases' });
  const op = (path: string, method: string): OpenApiOperation => doc.paths[path][method];
  const errorStatuses = (o: OpenApiOperation) => Object.keys(o.responses).filter((s) => Number(s) >= 400);

  it('gives each operation its summary in Chinese and English', () => {
    expect(op('/api/v1/cases', 'post')).toMatchObject({
      summary: '登记案件 · Register a case',
      'x-summary': { zh: '登记案件', en: 'Register a case' },
    });
    expect(op('/api/v1/cases/undocumented', 'get').summary).toBeUndefined();
  });

  it('names who may call, in x-roles and in the description', () => {
    expect(op('/api/v1/cases', 'post')['x-roles']).toEqual(['officer']);
    expect(op('/api/v1/cases', 'post').description).toContain('市科技局 `officer`');
    expect(op('/api/v1/cases/{id}/submit', 'post')['x-roles']).toEqual(['applicant']);
    expect(op('/api/v1/cases', 'get')).toMatchObject({ 'x-roles': [], security: [] });
    expect(op('/api/v1/cases', 'get').description).toContain('公开');
  });

  it('documents the Idempotency-Key header where the route honours it, required where it insists', () => {
    const header = (o: OpenApiOperation) => o.parameters.find((p) => p.name === 'Idempotency-Key');
    expect(header(op('/api/v1/cases', 'post'))).toMatchObject({ in: 'header', required: false });
    expect(header(op('/api/v1/cases/{id}/submit', 'post'))).toMatchObject({ in: 'header', required: true });
    expect(op('/api/v1/cases/{id}/submit', 'post')['x-idempotency']).toEqual({ required: true });
    expect(header(op('/api/v1/cases/{id}/files', 'post'))).toBeUndefined();
  });

  it('answers every error as application/problem+json with the shared Problem schema', () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, o] of Object.entries(ops)) {
        for (const status of errorStatuses(o)) {
          expect({ path, method, status, body: o.responses[status] }).toMatchObject({
            body: {
              content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
            },
          });
        }
      }
    }
    expect(doc.components).toMatchObject({
      schemas: { Problem: { required: expect.arrayContaining(['errors']) } },
    });
  });

  it('derives the errors a route can give and adds the ones it declares', () => {
    expect(errorStatuses(op('/api/v1/cases', 'post'))).toEqual(['400', '401', '403', '409', '422']);
    expect(errorStatuses(op('/api/v1/cases', 'get'))).toEqual(['400']);
    expect(errorStatuses(op('/api/v1/cases/{id}/submit', 'post'))).toEqual([
      '400',
      '401',
      '403',
      '404',
      '409',
      '422',
    ]);
    expect(errorStatuses(op('/api/v1/cases/{id}/files', 'post'))).toEqual([
      '400',
      '401',
      '403',
      '404',
      '413',
      '415',
    ]);
  });

  it('documents an upload as a multipart/form-data body with its file and fields', () => {
    expect(op('/api/v1/cases/{id}/files', 'post').requestBody).toEqual({
      required: true,
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            required: ['category', 'file'],
            properties: {
              category: { type: 'string', enum: ['A', 'B'] },
              file: { type: 'string', format: 'binary', description: '≤ 1024 bytes' },
            },
          },
        },
      },
    });
  });

  it('documents the success body: the zod response, bytes for a download, the right status', () => {
    expect(op('/api/v1/cases', 'post').responses['201']).toMatchObject({
      content: { 'application/json': { schema: { properties: { id: { type: 'string' } } } } },
    });
    expect(op('/api/v1/cases/{id}/submit', 'post').responses['200']).toBeDefined();
    expect(op('/api/v1/cases/{id}/files/{fileId}', 'get').responses['200']).toMatchObject({
      content: { 'application/octet-stream': { schema: { format: 'binary' } } },
    });
  });

  it('lists the paths in a stable order whatever the order of the controllers', () => {
    expect(Object.keys(doc.paths)).toEqual([...Object.keys(doc.paths)].sort());
  });
});
