import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { problem } from '../infra/problem';

/** Paths that are never the single-page app: they answer 404 problem+json when nothing matched. */
const NOT_SPA = /^\/(api|auth|health|metrics|\.well-known)(\/|$)/;

const PLACEHOLDER = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>泸州市创新联合体管理平台</title></head>
<body><main><h1>泸州市创新联合体管理平台</h1>
<p>门户尚未构建(apps/portal/dist 不存在)。接口在 <a href="/api/v1/session">/api/v1</a>。</p>
<p lang="en">The portal is not built yet (no apps/portal/dist); the API is under /api/v1.</p>
</main></body></html>`;

/**
 * The built portal (Vite output): hashed assets cached for a year, everything else revalidated;
 * any other GET that accepts HTML gets index.html (client-side routes such as /notices/123).
 */
export async function registerPortal(app: FastifyInstance, distDir: string): Promise<void> {
  const root = path.resolve(distDir);
  const built = existsSync(path.join(root, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      setHeaders: (reply, file) => {
        reply.header(
          'cache-control',
          file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  const sendIndex = (reply: import('fastify').FastifyReply) =>
    built
      ? reply.header('cache-control', 'no-cache').sendFile('index.html')
      : reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(PLACEHOLDER);

  app.setNotFoundHandler(async (request, reply) => {
    const pathname = request.url.split('?', 1)[0];
    const wantsHtml = (request.headers.accept ?? '*/*').match(/text\/html|\*\/\*/);
    if ((request.method === 'GET' || request.method === 'HEAD') && !NOT_SPA.test(pathname) && wantsHtml) {
      if (built && path.extname(pathname) !== '' && pathname !== '/index.html') {
        // A file that does not exist (e.g. an old hashed asset) is a 404, not the app.
        throw problem('http.not_found', `No file ${pathname}`);
      }
      return sendIndex(reply);
    }
    throw problem('http.not_found', `No route ${request.method} ${pathname}`);
  });
}
