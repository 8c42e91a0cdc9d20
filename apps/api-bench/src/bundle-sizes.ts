import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface BundleSizes {
  /** JS the browser loads before any route: the entry and what it imports (gzip bytes). */
  initialGzip: number;
  /**
   * What the first load sends before any route, as served (Brotli, the highest level, as the
   * build writes it): the initial JS and the stylesheets index.html links.
   */
  initialTransfer: { jsBrotli: number; cssBrotli: number };
  /** Per route module: the JS it adds on top of the initial load (gzip bytes), and its chunk. */
  routes: { route: string; chunk: string | null; addedGzip: number }[];
}

const importPattern = /(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g;

/**
 * Sizes of the web app's production build, read from `dist/apps/web`: the entry script named in
 * index.html with its static imports, and for each lazy route of the router the chunk Vite
 * emitted for it (named after the file) with the shared chunks it pulls in beyond the initial ones.
 */
export function measureBundles(webDist: string, routerFile: string): BundleSizes {
  const assets = path.join(webDist, 'assets');
  if (!existsSync(assets)) throw new Error(`No web build in ${webDist}: run the web build first.`);
  const files = readdirSync(assets).filter((file) => file.endsWith('.js'));
  const gzip = new Map(
    files.map((file) => [file, gzipSync(readFileSync(path.join(assets, file))).length]),
  );
  const imports = (file: string): string[] =>
    [...readFileSync(path.join(assets, file), 'utf8').matchAll(importPattern)].map(
      (match) => match[1] ?? '',
    );
  const closure = (start: string[]): Set<string> => {
    const seen = new Set<string>();
    const queue = [...start];
    while (queue.length) {
      const file = queue.pop() as string;
      if (seen.has(file) || !gzip.has(file)) continue;
      seen.add(file);
      queue.push(...imports(file));
    }
    return seen;
  };
  const sum = (set: Iterable<string>) =>
    [...set].reduce((total, file) => total + (gzip.get(file) ?? 0), 0);

  const html = readFileSync(path.join(webDist, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/(?:src|href)="\/assets\/([\w.-]+\.js)"/g)].map(
    (match) => match[1] ?? '',
  );
  const initial = closure(entries);
  const brotli = (file: string) =>
    brotliCompressSync(readFileSync(path.join(assets, file)), {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
    }).length;
  const stylesheets = [...html.matchAll(/href="\/assets\/([\w.-]+\.css)"/g)].map(
    (match) => match[1] ?? '',
  );
  const initialTransfer = {
    jsBrotli: [...initial].reduce((total, file) => total + brotli(file), 0),
    cssBrotli: stylesheets.reduce((total, file) => total + brotli(file), 0),
  };
  // The lazy routes, as the router declares them: `lazy: () => import('./routes/jobs')`.
  const routes = [
    ...readFileSync(routerFile, 'utf8').matchAll(/import\(['"]\.\/routes\/([\w-]+)['"]\)/g),
  ]
    .map((match) => match[1] ?? '')
    .sort()
    .map((route) => {
      const chunk =
        files.find((file) => new RegExp(`^${route}-[\\w-]{8}\\.js$`).test(file)) ?? null;
      const added = chunk ? [...closure([chunk])].filter((file) => !initial.has(file)) : [];
      return { route, chunk, addedGzip: sum(added) };
    });
  return { initialGzip: sum(initial), initialTransfer, routes };
}
