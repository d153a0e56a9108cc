import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Swagger UI from its npm package (`swagger-ui-dist`, pinned in package.json; no CDN is reachable),
 * served by each service at `/docs` and by the gateway at `/api/docs`. The page has no inline script:
 * the bundle and the start-up script are files of their own, so it runs under the gateway's CSP
 * (`script-src 'self'`) and under the CSP the services send with it ({@link DOCS_PAGE_CSP}).
 */
const DIST = path.dirname(require.resolve('swagger-ui-dist/package.json'));
const SWAGGER_UI_VERSION = (
  JSON.parse(readFileSync(path.join(DIST, 'package.json'), 'utf8')) as { version: string }
).version;

/** Starts Swagger UI on the element that names the document (`data-spec-url`): a served file, not inline. */
const INIT_SCRIPT = `'use strict';
(function () {
  var root = document.getElementById('swagger-ui');
  if (!root || typeof window.SwaggerUIBundle !== 'function') return;
  window.ui = window.SwaggerUIBundle({
    url: root.getAttribute('data-spec-url'),
    domNode: root,
    deepLinking: true,
    validatorUrl: null,
    presets: [window.SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
    docExpansion: 'list',
    defaultModelsExpandDepth: 0,
    displayOperationId: false,
    displayRequestDuration: true,
    filter: true,
    persistAuthorization: false,
    // The one origin's document asks writes for the CSRF token (scheme "csrf"): fill it in from the
    // session, so "Try it out" works with the visitor's own sign-in. The services' documents have none.
    onComplete: function () {
      var ui = window.ui;
      if (!ui) return;
      var spec = ui.specSelectors.specJson().toJS();
      var schemes = (spec.components && spec.components.securitySchemes) || {};
      if (!schemes.csrf) return;
      fetch('/api/v1/session', { credentials: 'same-origin', headers: { accept: 'application/json' } })
        .then(function (res) { return res.json(); })
        .then(function (session) { if (session.csrfToken) ui.preauthorizeApiKey('csrf', session.csrfToken); })
        .catch(function () { /* not signed in yet: the token can be entered under Authorize */ });
    },
  });
})();
`;

interface AssetSource {
  type: string;
  load: () => Buffer;
}

const SOURCES: Record<string, AssetSource> = {
  'swagger-ui.css': {
    type: 'text/css; charset=utf-8',
    load: () => readFileSync(path.join(DIST, 'swagger-ui.css')),
  },
  'swagger-ui-bundle.js': {
    type: 'text/javascript; charset=utf-8',
    // The source map is not served: drop the comment that would make dev tools ask for it.
    load: () =>
      Buffer.from(
        readFileSync(path.join(DIST, 'swagger-ui-bundle.js'), 'utf8').replace(
          /\n\/\/# sourceMappingURL=\S+\s*$/,
          '\n',
        ),
      ),
  },
  'docs-init.js': { type: 'text/javascript; charset=utf-8', load: () => Buffer.from(INIT_SCRIPT) },
  'favicon-32x32.png': { type: 'image/png', load: () => readFileSync(path.join(DIST, 'favicon-32x32.png')) },
};

/** The names under `<base>/` that serve a file of the UI. */
export const DOCS_ASSET_NAMES = Object.keys(SOURCES);

interface LoadedAsset {
  type: string;
  raw: Buffer;
  gzip: Buffer;
}
const loaded = new Map<string, LoadedAsset>();

export interface DocsAssetAnswer {
  body: Buffer;
  headers: Record<string, string>;
}

/**
 * One file of the UI (undefined for any other name: the caller answers 404), gzipped when the
 * client accepts it. Files are read and compressed once per process.
 */
export function docsAsset(name: string, acceptEncoding?: string | string[]): DocsAssetAnswer | undefined {
  if (!Object.hasOwn(SOURCES, name)) return undefined;
  let asset = loaded.get(name);
  if (!asset) {
    const source = SOURCES[name];
    const raw = source.load();
    asset = { type: source.type, raw, gzip: gzipSync(raw) };
    loaded.set(name, asset);
  }
  const gzip = /\bgzip\b/.test([acceptEncoding ?? ''].flat().join(','));
  return {
    body: gzip ? asset.gzip : asset.raw,
    headers: {
      'content-type': asset.type,
      'cache-control': 'public, max-age=3600',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    },
  };
}

/** The CSP a service sends with its /docs page and files: nothing inline runs, nothing is framed. */
export const DOCS_PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface DocsPageOptions {
  /** The page's title, e.g. `intake`. */
  title: string;
  /** Absolute path the UI files are served under, e.g. `/docs` (files at `/docs/<name>`). */
  assetsBase: string;
  /** Absolute path of the OpenAPI document, e.g. `/docs-json`. */
  specUrl: string;
}

/** The HTML of the docs page: Swagger UI's stylesheet and scripts by URL, no inline script. */
export function docsPage({ title, assetsBase, specUrl }: DocsPageOptions): string {
  const base = assetsBase.replace(/\/$/, '');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} 接口文档 · API documentation</title>
<link rel="stylesheet" href="${esc(base)}/swagger-ui.css?v=${SWAGGER_UI_VERSION}">
<link rel="icon" type="image/png" href="${esc(base)}/favicon-32x32.png">
</head>
<body>
<noscript><p>接口文档需要启用 JavaScript;机器可读文档见 <a href="${esc(specUrl)}">${esc(specUrl)}</a> (OpenAPI 3.1). ·
This page needs JavaScript; the machine-readable document is at <a href="${esc(specUrl)}">${esc(specUrl)}</a>.</p></noscript>
<main id="swagger-ui" data-spec-url="${esc(specUrl)}" aria-label="${esc(title)} API"></main>
<script src="${esc(base)}/swagger-ui-bundle.js?v=${SWAGGER_UI_VERSION}"></script>
<script src="${esc(base)}/docs-init.js?v=${SWAGGER_UI_VERSION}"></script>
</body>
</html>
`;
}
