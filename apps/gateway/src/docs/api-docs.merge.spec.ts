import { buildOpenApiDocument, ApiOperation, PublicRoute } from '@lz/http';
import { openApiConventionProblems } from '@lz/testing';
import { Controller, Get, Post, SetMetadata } from '@nestjs/common';
import { mergeApiDocuments } from './api-docs.merge';

const Roles = (...roles: string[]) => SetMetadata('lz:auth:roles', roles);

@Controller('calls')
class CallsController {
  @Post()
  @Roles('officer')
  @ApiOperation({ zh: '发布申报通知', en: 'Publish a call' })
  create() {
    return undefined;
  }

  @Get()
  @PublicRoute()
  @ApiOperation({ zh: '申报通知列表', en: 'List the calls', errors: [400] })
  list() {
    return undefined;
  }
}

/** A path intake serves but the routing table gives to review: never reachable through the gateway. */
@Controller('registry')
class StrayController {
  @Get()
  @PublicRoute()
  @ApiOperation({ zh: '名单', en: 'Registry', errors: [400] })
  list() {
    return undefined;
  }
}

@Controller('health')
@PublicRoute()
class HealthController {
  @Get('live')
  @ApiOperation({ zh: '存活', en: 'Live' })
  live() {
    return undefined;
  }
}

describe(mergeApiDocuments.name, () => {
  const intake = buildOpenApiDocument([CallsController, StrayController, HealthController], {
    serviceName: 'intake',
  });
  const merged = mergeApiDocuments([{ service: 'intake', doc: intake }], ['review']);

  it('keeps the /api/v1 paths each service owns by the routing table, and the gateway’s own', () => {
    expect(Object.keys(merged.paths)).toEqual([
      '/api/v1/access/grants',
      '/api/v1/access/grants/{id}/revoke',
      '/api/v1/calls',
      '/api/v1/session',
      '/auth/logout',
    ]);
  });

  it('names the service in each operation id and tag', () => {
    expect(merged.paths['/api/v1/calls'].post).toMatchObject({
      operationId: 'intake.CallsController.create',
      tags: ['intake · Calls'],
      summary: '发布申报通知 · Publish a call',
    });
  });

  it('calls with the session cookie, and a write with the CSRF header (403 without)', () => {
    const post = merged.paths['/api/v1/calls'].post;
    expect(post.security).toEqual([{ session: [], csrf: [] }]);
    expect(post.responses['403']).toBeDefined();
    expect(merged.paths['/api/v1/calls'].get.security).toEqual([]);
    expect(merged.components).toMatchObject({
      securitySchemes: {
        session: { in: 'cookie', name: 'lz_session' },
        csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
      },
    });
  });

  it('says which services did not answer', () => {
    expect(merged.info.description).toContain('review');
  });

  it('meets the documentation conventions the services meet', () => {
    expect(openApiConventionProblems(merged)).toEqual([]);
  });
});
