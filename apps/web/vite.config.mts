import { fileURLToPath, URL } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

import { precompress } from './build/precompress';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [
    react(),
    // The offline service worker (src/lib/offline/sw.ts, served as /sw.js): our own worker with
    // Workbox's modules, and the build's file list injected. main.tsx registers it (production
    // builds only); no web manifest, the app is not meant to be installed.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/lib/offline',
      filename: 'sw.ts',
      injectRegister: false,
      registerType: 'prompt',
      manifest: false,
      injectManifest: {
        // Every screen's chunk and style, the shell and the icon; source maps are not needed offline.
        globPatterns: ['**/*.{js,css,html,svg,woff2}'],
      },
      devOptions: { enabled: false },
    }),
    precompress(),
  ],
  resolve: {
    alias: {
      '@calibrate/contracts': fileURLToPath(
        new URL('../../libs/contracts/src/index.ts', import.meta.url),
      ),
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  server: {
    port: 5173,
    // `npm run dev`: the API runs on its own port; the browser talks to one origin.
    proxy: { '/api': `http://localhost:${process.env.API_PORT ?? 3000}` },
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/web', import.meta.url)),
    emptyOutDir: true,
    // Maps for error tooling, without the sourceMappingURL comment; the API refuses *.map in
    // production and nginx never serves them.
    sourcemap: 'hidden',
    rollupOptions: {
      treeshake: {
        // Our own modules do nothing on import but export (CSS aside, which keeps its side
        // effects). Said so, a feature's index.ts re-exporting its screens no longer drags them
        // all into the first chunk: initial JS 266 → 222 KB gzip (231 before the indexes).
        moduleSideEffects: [
          { test: /\/apps\/web\/src\/.*\.tsx?$/, sideEffects: false },
          { test: /\/libs\/contracts\/src\/.*\.ts$/, sideEffects: false },
        ],
      },
    },
  },
});
