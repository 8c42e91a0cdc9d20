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
    rolldownOptions: {
      output: {
        // Left to itself the bundler cut ~125 chunks, one per set of screens sharing a module:
        // 50–68 files per signed-in screen (a Mantine component or an icon each), 6 at a time
        // over HTTP/1.1, and a modulepreload link each (appendChild ~90 ms a load at 4× CPU).
        // Three shared chunks instead: the first load's modules (the entry and sign-in), the
        // UI kit everything else uses, and our code two or more screens share; a screen is its
        // own chunk plus those (6–8 files, +25 KB Brotli). Lighthouse mobile, same run,
        // A/B twice: My interviews cold LCP 4.6–4.8 → 3.8–3.9 s, candidates 6.5–7.3 → 4.8–5.0 s,
        // sign-in 2.9–3.1 → 2.7 s (`npm run bench -- --only web`).
        codeSplitting: {
          groups: [
            { name: 'initial', tags: ['$initial'], priority: 3 },
            {
              name: 'ui',
              test: /node_modules[\\/](@mantine|@floating-ui|@tabler|react-number-format|react-remove-scroll|react-textarea-autosize|use-sidecar|react-style-singleton|use-callback-ref|clsx|klona)[\\/]/,
              priority: 2,
            },
            {
              name: 'shared',
              // Not the CSV parser (19 KB) or the table engine (45 KB): two or three screens
              // use them, and every screen would download them.
              test: (id) => !/node_modules[\\/](papaparse|@tanstack[\\/](react-)?table)/.test(id),
              minShareCount: 2,
              priority: 1,
            },
          ],
        },
      },
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
