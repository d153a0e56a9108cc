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
    alias: { '@lz/policy': here('../../libs/policy/src/index.ts') },
  },
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // A module preload polyfill would be an inline-free chunk anyway; modern Chromium needs none.
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
  server: {
    // `vite` dev server against a running gateway (npm start): the API and sign-in stay same-origin.
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/auth': 'http://127.0.0.1:3000',
    },
  },
});
