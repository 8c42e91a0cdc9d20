import { existsSync } from 'node:fs';
import path from 'node:path';

import fastifyStatic from '@fastify/static';
import { NotFoundException } from '@nestjs/common';
import { FastifyInstance } from 'fastify';

import { toErrorBody } from '../common/errors/to-error-body';

export interface ServeWebAppOptions {
  /** Off in production: the build's (hidden) source maps are for error tooling, not for visitors. */
  serveSourceMaps: boolean;
}

/**
 * Serves the built web app from the API's port: hashed assets with a long cache, compressed at
 * build time (Brotli or gzip, as the browser accepts), and index.html (revalidated every time) for any other GET outside `/api` so that client-side routes survive a
 * reload.
 */
export async function serveWebApp(
  fastify: FastifyInstance,
  distDir: string,
  options: ServeWebAppOptions,
): Promise<boolean> {
  const indexFile = path.join(distDir, 'index.html');
  if (!existsSync(indexFile)) return false;

  await fastify.register(fastifyStatic, {
    root: distDir,
    wildcard: false,
    index: false,
    // The build writes .br and .gz beside each text file (apps/web/build/precompress.ts): they
    // are served for the file itself to browsers that accept them, never as files of their own.
    preCompressed: true,
    globIgnore: ['**/*.br', '**/*.gz'],
    // A refused path falls through to the not-found handler: the one 404 body.
    allowedPath: (pathName) => options.serveSourceMaps || !pathName.endsWith('.map'),
    setHeaders: (response, filePath) => {
      const hashed = filePath.includes(`${path.sep}assets${path.sep}`);
      response.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });

  fastify.get('/*', (request, reply) => {
    const url = request.url.split('?')[0] ?? '/';
    // API paths and missing files (anything with an extension) are real 404s.
    if (url === '/api' || url.startsWith('/api/') || path.extname(url) !== '') {
      const { body } = toErrorBody(new NotFoundException(), String(request.id));
      return reply.status(body.statusCode).send(body);
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
  return true;
}
