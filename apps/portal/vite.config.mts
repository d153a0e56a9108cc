import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * The portal's build (served by apps/gateway from apps/portal/dist). No inline script anywhere: the
 * gateway's CSP is `script-src 'self'`. Routes are split per page (router.tsx); the vendor groups
 * below keep React and Ant Design's shared core in long-cached chunks of their own.
 */
export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [react()],
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
            // React and the router change rarely: one long-cached vendor chunk.
            {
              name: 'vendor-react',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/,
              priority: 2,
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
