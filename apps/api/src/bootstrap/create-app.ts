import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

import fastifyCookie from '@fastify/cookie';
import { VersioningType } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'pino';

import { AppModule } from '../app.module';
import { buildOpenApiDocument } from '../common/http/openapi-document';
import { PinoNestLogger } from '../common/logging/logger';
import { withRequestLogSerializers } from '../common/logging/request-log';
import { AppConfig } from '../config/env';
import { requestIdFor } from './request-id';
import { serveWebApp } from './serve-web-app';
import { clientErrorHandler, frameworkErrorHandler } from './transport-error-handlers';

/** The longest path parameter the router takes (ids are 36, reset tokens 43); longer is a 414. */
const MAX_PARAM_LENGTH = 100;
const apiPath = /^\/api(?:[/?]|$)/;

export interface CreateAppOptions {
  config: AppConfig;
  /** The database the app talks to (the embedded one's URL when `config.databaseUrl` is unset). */
  databaseUrl: string;
  logger: Logger;
  /** Serve the built web app too (npm start, e2e); off for API-only runs and tests. */
  serveWeb?: boolean;
}

/** Builds the whole HTTP application; `main.ts` and the integration tests both use it. */
export async function createApp(options: CreateAppOptions): Promise<NestFastifyApplication> {
  const { config, databaseUrl, logger } = options;
  // Security headers on every response, and the request id. Helmet's headers do not depend on
  // the request, so they are worked out once and set in one call: running helmet's twelve
  // middlewares per request (and @fastify/helmet rebuilding them) showed in the save benchmark's
  // CPU profile.
  const securityHeaders = helmetHeaders();
  // Personal data must not stay in a browser's or a proxy's cache.
  const apiHeaders = { ...securityHeaders, 'cache-control': 'no-store' };
  const limits = config.http;
  const adapter = new FastifyAdapter({
    loggerInstance: withRequestLogSerializers(logger),
    genReqId: requestIdFor,
    requestIdHeader: false,
    bodyLimit: 1024 * 1024,
    // X-Forwarded-* only from the configured proxies: anyone else would pick the address their
    // sign-in failures count against.
    trustProxy: config.trustProxy,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors: frameworkErrorHandler(apiHeaders),
    clientErrorHandler: clientErrorHandler(apiHeaders),
    // Slow clients (slowloris) must not hold connections: a head, a whole request and an idle
    // socket each have a deadline; Node checks them every second (its default is 30 s).
    http: {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: Math.max(100, Math.min(1000, limits.headersTimeoutMs / 2)),
    },
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionTimeout: limits.idleTimeoutMs,
  });
  // Nest routes Fastify's own errors (bad JSON, body too large) through the global filter too.
  const fastify = adapter.getInstance();
  if (limits.maxConnections > 0) fastify.server.maxConnections = limits.maxConnections;
  // The API speaks JSON only: a text or form body is a 415, not a string that fails validation
  // (a form could be posted cross-site without a preflight). Nest's own parsers (JSON and
  // urlencoded) stay off: `bodyParser: false` below.
  fastify.removeContentTypeParser('text/plain');
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.register({ config, databaseUrl }),
    adapter,
    { logger: new PinoNestLogger(logger), bufferLogs: false, bodyParser: false },
  );
  await app.register(fastifyCookie);
  fastify.addHook('onRequest', (request, reply, done) => {
    const api = apiPath.test(request.url);
    void reply.headers(api ? apiHeaders : securityHeaders).header('x-request-id', request.id);
    done();
  });
  app.setGlobalPrefix('api');
  app.enableVersioning({ type: VersioningType.URI });

  SwaggerModule.setup('api/docs', app, buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs-json',
    useGlobalPrefix: false,
  });

  if (options.serveWeb) {
    const distDir = config.webDistDir ?? path.resolve(__dirname, '../../../../../web');
    const served = await serveWebApp(fastify, distDir, {
      serveSourceMaps: config.env !== 'production',
    });
    if (!served) logger.warn({ distDir }, 'web app not built: serving the API only');
  }
  await app.init();
  return app;
}

/** The headers helmet sets, with the API's content security policy. */
export function helmetHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  let finished = false;
  helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets CSS variables in style attributes and <style> tags.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
  })({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error instanceof Error ? error : new Error(String(error));
    finished = true;
  });
  if (!finished) throw new Error('helmet did not finish synchronously');
  return headers;
}
