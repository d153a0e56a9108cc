import { Controller, Get, Header } from '@nestjs/common';
import { PublicRoute } from '../http.constants';
import { OpenApiService, type OpenApiDocument } from './openapi.service';

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** /docs: a self-contained HTML page (no CDN is reachable); /docs-json: the OpenAPI document. */
@Controller()
@PublicRoute()
export class DocsController {
  constructor(private readonly openapi: OpenApiService) {}

  @Get('docs-json')
  json(): OpenApiDocument {
    return this.openapi.document();
  }

  @Get('docs')
  @Header('content-type', 'text/html; charset=utf-8')
  html(): string {
    const doc = this.openapi.document();
    const rows = Object.entries(doc.paths)
      .flatMap(([path, ops]) =>
        Object.entries(ops).map(([method, op]) => {
          const body = op.requestBody ? `<pre>${esc(JSON.stringify(op.requestBody, null, 2))}</pre>` : '';
          const who = op.security?.length === 0 ? 'public' : (op['x-roles'] ?? ['any role']).join(', ');
          return `<section><h3><code>${method.toUpperCase()} ${esc(path)}</code></h3><p>${esc(who)} · ${esc(op.operationId)}</p>${body}</section>`;
        }),
      )
      .join('\n');
    return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(doc.info.title)} API</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}pre{background:#f4f4f4;padding:.5rem;overflow:auto}</style>
</head><body><h1>${esc(doc.info.title)} API ${esc(doc.info.version)}</h1><p>Machine-readable: <a href="/docs-json">/docs-json</a> (OpenAPI 3.1). Errors are application/problem+json.</p>
${rows}</body></html>`;
  }
}
