import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { measureBundles } from './bundle-sizes';

describe('measureBundles', () => {
  let dir: string;
  const gz = (text: string) => gzipSync(Buffer.from(text)).length;
  const br = (text: string) =>
    brotliCompressSync(Buffer.from(text), {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
    }).length;
  const css = '.m_1{color:red}'.repeat(40);
  const files: Record<string, string> = {
    'index-AAAAAAAA.js': 'import"./vendor-BBBBBBBB.js";console.log("entry")',
    'vendor-BBBBBBBB.js': 'export const react = "x".repeat(200)',
    'jobs-CCCCCCCC.js': 'import{a}from"./vendor-BBBBBBBB.js";import{t}from"./table-DDDDDDDD.js";',
    'table-DDDDDDDD.js': 'export const t = "table".repeat(50)',
    'job-EEEEEEEE.js': 'import{t}from"./table-DDDDDDDD.js";export default 1',
  };

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'bundles-'));
    mkdirSync(path.join(dir, 'assets'));
    for (const [name, text] of Object.entries(files)) {
      writeFileSync(path.join(dir, 'assets', name), text);
    }
    writeFileSync(path.join(dir, 'assets', 'index-FFFFFFFF.css'), css);
    writeFileSync(
      path.join(dir, 'index.html'),
      '<script type="module" src="/assets/index-AAAAAAAA.js"></script>' +
        '<link rel="stylesheet" href="/assets/index-FFFFFFFF.css">',
    );
    writeFileSync(
      path.join(dir, 'router.tsx'),
      "[{ lazy: () => import('./routes/jobs') }, { lazy: () => import('./routes/job') }, { lazy: () => import('./routes/users') }]",
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('counts the entry and its static imports as initial, and each route only what it adds', () => {
    const sizes = measureBundles(dir, path.join(dir, 'router.tsx'));
    expect(sizes.initialGzip).toBe(
      gz(files['index-AAAAAAAA.js'] ?? '') + gz(files['vendor-BBBBBBBB.js'] ?? ''),
    );
    // As sent: Brotli, the initial JS and the stylesheet index.html links.
    expect(sizes.initialTransfer).toEqual({
      jsBrotli: br(files['index-AAAAAAAA.js'] ?? '') + br(files['vendor-BBBBBBBB.js'] ?? ''),
      cssBrotli: br(css),
    });
    expect(sizes.routes).toEqual([
      // "job" is not confused with "jobs": chunks are matched by name and an 8-character hash.
      {
        route: 'job',
        chunk: 'job-EEEEEEEE.js',
        addedGzip: gz(files['job-EEEEEEEE.js'] ?? '') + gz(files['table-DDDDDDDD.js'] ?? ''),
      },
      {
        route: 'jobs',
        chunk: 'jobs-CCCCCCCC.js',
        addedGzip: gz(files['jobs-CCCCCCCC.js'] ?? '') + gz(files['table-DDDDDDDD.js'] ?? ''),
      },
      // A lazy route without a chunk of its own is reported, not hidden.
      { route: 'users', chunk: null, addedGzip: 0 },
    ]);
  });
});
