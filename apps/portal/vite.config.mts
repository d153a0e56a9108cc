import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * The portal's build (served by apps/gateway from apps/portal/dist). No inline script anywhere: the
 * gateway's CSP is `script-src 'self'`. Routes are split per page (router.tsx); the vendor groups
 * below keep React and Ant Design's shared core in long-cached chunks of their own.
 */
/**
 * `<link rel="modulepreload">` in index.html for app/boot.tsx and every chunk it imports (React, the
 * shell, …), which every page runs. Without them the browser learns of them only once the entry and
 * start chunks have arrived and run — a second round of requests after the first
 * (bench/portal/README.md: the boot chunks began ~170 ms after the entry, on a page shown in ~1 s).
 */
function preloadBoot(): Plugin {
  return {
    name: 'lz-preload-boot',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle ?? {};
        const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const boot = chunks.find((c) => c.facadeModuleId?.endsWith('/src/app/boot.tsx'));
        if (!boot) throw new Error('lz-preload-boot: no chunk for src/app/boot.tsx');
        const files = new Set<string>();
        const visit = (fileName: string) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          const chunk = bundle[fileName];
          if (chunk?.type === 'chunk') chunk.imports.forEach(visit);
        };
        visit(boot.fileName);
        const already = ctx.chunk ? new Set([ctx.chunk.fileName, ...ctx.chunk.imports]) : new Set();
        return [...files]
          .filter((f) => !already.has(f))
          .map((f) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${f}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [react(), preloadBoot()],
  resolve: {
    alias: {
      '@lz/policy': here('../../libs/policy/src/index.ts'),
      '@lz/api-client': here('../../libs/api-client/src/index.ts'),
    },
  },
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // A module preload polyfill would be an inline-free chunk anyway; modern Chromium needs none.
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    rolldownOptions: {
      // libs/policy is pure declarations (zod schemas, rule texts, tables): a page that imports the
      // jurisdictions must not also carry every event schema of the index.
      // `z.…(…)` builds a schema and does nothing else: an unused one (jurisdictionSchema beside the
      // jurisdiction table) is dropped, and zod with it where no page validates.
      treeshake: {
        manualPureFunctions: ['z'],
        moduleSideEffects: (id: string) => !/[\\/]libs[\\/]policy[\\/]src[\\/]/.test(id),
      },
      output: {
        codeSplitting: {
          groups: [
            // What the entry runs before anything else (main.tsx: a page's first requests): the API
            // client, the query cache, the route table and the API modules it and the shell import.
            // Without this group the shell below would capture them (a group takes its modules'
            // dependencies) and the entry would wait for it. Only those API modules: the others
            // (applications, claims, …) import libs/policy's schemas, and zod would ride along on
            // every public page (bench/portal/README.md: +40 KB gzipped before this list).
            {
              name: 'start',
              test: /apps[\\/]portal[\\/]src[\\/](api[\\/](http|list|session|calendar|calls|notices|registry|evaluations)\.ts|app[\\/](routes|query-client)\.ts|shared[\\/]format\.ts)|libs[\\/]api-client|node_modules[\\/](@tanstack[\\/]query-core|openapi-fetch)[\\/]/,
              priority: 3,
            },
            // React and the router change rarely: one long-cached vendor chunk.
            {
              name: 'vendor-react',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/,
              priority: 2,
            },
            // What (nearly) every page shows — its states, title, tables, messages, session and the
            // Ant Design parts they use — as one chunk rather than a dozen small ones fetched side by
            // side: a cold page made ~20 requests before it could render (bench/portal/README.md).
            {
              name: 'shell',
              test: /apps[\\/]portal[\\/]src[\\/](i18n|session|not-found|notifications[\\/]UnreadBadge|shared[\\/](QueryState|page-title|DataTable|StatusTag|paging))/,
              minShareCount: 2,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  server: {
    // `vite` dev server against a running gateway (npm start): the API and sign-in stay same-origin.
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/auth': 'http://127.0.0.1:3000',
    },
  },
});
