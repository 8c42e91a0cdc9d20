import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import { compressBuild } from './precompress';

describe('compressBuild', () => {
  let dir: string;
  const script = `console.log(${JSON.stringify('a call-center floor '.repeat(100))});`;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'precompress-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'assets', 'index-abc.js'), script);
    writeFileSync(path.join(dir, 'assets', 'tiny-abc.js'), 'export{}');
    writeFileSync(path.join(dir, 'assets', 'font-abc.woff2'), Buffer.alloc(4096, 7));
    writeFileSync(path.join(dir, 'index.html'), `<!doctype html>${'<p>shell</p>'.repeat(200)}`);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes Brotli and gzip copies of text files that decompress to the original', () => {
    compressBuild(dir);
    const file = path.join(dir, 'assets', 'index-abc.js');
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(script);
    expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(script);
    expect(readFileSync(`${file}.br`).length).toBeLessThan(script.length / 5);
    expect(existsSync(path.join(dir, 'index.html.br'))).toBe(true);
  });

  it('leaves alone files too small to gain and files compressed already', () => {
    compressBuild(dir);
    expect(existsSync(path.join(dir, 'assets', 'tiny-abc.js.br'))).toBe(false);
    expect(existsSync(path.join(dir, 'assets', 'font-abc.woff2.br'))).toBe(false);
  });

  it('does not compress its own copies when run again', () => {
    compressBuild(dir);
    compressBuild(dir);
    expect(existsSync(path.join(dir, 'assets', 'index-abc.js.br.br'))).toBe(false);
    expect(existsSync(path.join(dir, 'assets', 'index-abc.js.gz.br'))).toBe(false);
  });
});
