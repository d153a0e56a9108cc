import { Controller, Get, Header, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PublicRoute } from '../http.constants';
import { NotFoundProblem } from '../problem/problem.exception';
import { ApiOperation } from './api-operation.decorator';
import { OpenApiService, type OpenApiDocument } from './openapi.service';
import { DOCS_PAGE_CSP, docsAsset, docsPage } from './swagger-ui.assets';

/**
 * `/docs`: Swagger UI from its npm package (no CDN is reachable) with its files under `/docs/<file>`;
 * `/docs-json`: the OpenAPI document it reads.
 */
@Controller()
@PublicRoute()
export class DocsController {
  constructor(private readonly openapi: OpenApiService) {}

  @Get('docs-json')
  @ApiOperation({ zh: '本服务的 OpenAPI 文档', en: 'The OpenAPI document of this service' })
  json(): OpenApiDocument {
    return this.openapi.document();
  }

  @Get('docs')
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('content-security-policy', DOCS_PAGE_CSP)
  @Header('cache-control', 'no-cache')
  @ApiOperation({ zh: '接口文档页面(Swagger UI)', en: 'The API documentation page (Swagger UI)' })
  html(): string {
    return docsPage({
      title: this.openapi.document().info.title,
      assetsBase: '/docs',
      specUrl: '/docs-json',
    });
  }

  @Get('docs/:asset')
  @ApiOperation({ zh: '接口文档页面的静态文件', en: 'A static file of the documentation page' })
  asset(
    @Param('asset') name: string,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Buffer {
    const file = docsAsset(name, req.headers['accept-encoding']);
    if (!file) throw new NotFoundProblem(`documentation file ${name}`);
    for (const [k, v] of Object.entries(file.headers)) reply.header(k, v);
    reply.header('content-security-policy', DOCS_PAGE_CSP);
    reply.header('x-content-type-options', 'nosniff');
    return file.body;
  }
}
