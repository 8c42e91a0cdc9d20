import { fileURLToPath, URL } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
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
    sourcemap: true,
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
