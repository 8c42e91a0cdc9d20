import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

import { NestFastifyApplication } from '@nestjs/platform-fastify';
import pino from 'pino';
import { DataSource } from 'typeorm';

import { createApp } from '../src/bootstrap/create-app';
import { parseEnv } from '../src/config/env';
import { resetData, startTestApp, TestApp } from './test-app';

/**
 * Transport-level hardening (issue 18): errors raised before a route runs, timeouts, the
 * connection cap, proxy trust, caching and source maps. Raw sockets where fetch would not send
 * the request (a `%` path, a header drip, oversized headers).
 */

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Milliseconds from connecting until the server closed the connection. */
  elapsedMs: number;
}

/** Writes `chunks` on a plain TCP connection (with pauses between them) and reads until close. */
function rawExchange(
  port: number,
  chunks: string[],
  pauseMs = 0,
  giveUpMs = 10_000,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect({ host: '127.0.0.1', port });
    let received = '';
    let timer: NodeJS.Timeout | undefined;
    const giveUp = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no response within ${giveUpMs} ms: ${received}`));
    }, giveUpMs);
    socket.on('data', (data) => (received += data.toString('utf8')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(giveUp);
      clearTimeout(timer);
      const [head = '', ...rest] = received.split('\r\n\r\n');
      const [statusLine = '', ...headerLines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of headerLines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({
        status: Number(statusLine.split(' ')[1]),
        headers,
        body: rest.join('\r\n\r\n'),
        elapsedMs: Date.now() - started,
      });
    });
    const queue = [...chunks];
    const writeNext = () => {
      const chunk = queue.shift();
      if (chunk === undefined || socket.destroyed) return;
      socket.write(chunk);
      timer = setTimeout(writeNext, pauseMs);
    };
    socket.on('connect', writeNext);
  });
}

/** The app as main.ts builds it, listening on a real port with these settings. */
async function listeningApp(
  env: Record<string, string>,
  port: number,
  serveWeb = false,
): Promise<NestFastifyApplication> {
  const databaseUrl = process.env.CALIBRATE_TEST_DATABASE_URL ?? '';
  const config = parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
  const app = await createApp({ config, databaseUrl, logger: pino({ level: 'silent' }), serveWeb });
  await app.listen({ port, host: '127.0.0.1' });
  return app;
}

function expectOneErrorFormat(
  response: RawResponse,
  statusCode: number,
  message: string,
  code = 'MALFORMED_REQUEST',
) {
  expect(response.status).toBe(statusCode);
  const body = JSON.parse(response.body) as Record<string, unknown>;
  expect(body).toEqual({
    statusCode,
    code,
    message,
    requestId: expect.stringMatching(/^[\w.:-]+$/) as string,
  });
  expect(response.headers['x-request-id']).toBe(body.requestId);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['cache-control']).toBe('no-store');
}

describe('security: transport', () => {
  describe('errors before a route runs', () => {
    let app: NestFastifyApplication;
    const port = 3201;
    beforeAll(async () => {
      app = await listeningApp({}, port);
    });
    afterAll(() => app.close());

    it('answers a too long path parameter with 414 in the error format, without echoing it', async () => {
      const longId = 'x'.repeat(500);
      const response = await rawExchange(port, [
        `GET /api/v1/candidates/${longId} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`,
      ]);
      expectOneErrorFormat(response, 414, 'The address is too long.', 'URI_TOO_LONG');
      expect(response.body).not.toContain('xxxxxxxx');
    });

    it('answers an address that cannot be decoded with 400 in the error format', async () => {
      const response = await rawExchange(port, [
        `GET /api/v1/%zz-probe HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`,
      ]);
      expectOneErrorFormat(response, 400, 'The request could not be read.');
      expect(response.body).not.toContain('probe');
    });

    it('answers oversized headers with 431 in the error format', async () => {
      const response = await rawExchange(port, [
        `GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Padding: ${'p'.repeat(20_000)}\r\n\r\n`,
      ]);
      expectOneErrorFormat(
        response,
        431,
        'The request headers are too large.',
        'HEADERS_TOO_LARGE',
      );
      expect(response.body).not.toContain('ppppp');
    });

    it('answers a URL longer than the header limit in the error format, without echoing it', async () => {
      const response = await rawExchange(port, [
        `GET /api/health?q=${'u'.repeat(20_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`,
      ]);
      expect([414, 431]).toContain(response.status);
      expect(JSON.parse(response.body)).toMatchObject({
        code: response.status === 414 ? 'URI_TOO_LONG' : 'HEADERS_TOO_LARGE',
      });
      expect(response.body).not.toContain('uuuuu');
      expect(response.headers['content-security-policy']).toBeDefined();
    });
  });

  describe('slow clients and the connection cap', () => {
    let app: NestFastifyApplication;
    const port = 3202;
    beforeAll(async () => {
      app = await listeningApp(
        {
          HTTP_HEADERS_TIMEOUT_MS: '600',
          HTTP_REQUEST_TIMEOUT_MS: '1500',
          HTTP_MAX_CONNECTIONS: '3',
        },
        port,
      );
    });
    afterAll(() => app.close());

    it('cuts off a client that sends its headers slowly with 408 in the error format', async () => {
      const drip = [
        'GET /api/health HTTP/1.1\r\n',
        ...Array.from({ length: 40 }, (_, i) => `X-Drip-${i}: ${i}\r\n`),
      ];
      const response = await rawExchange(port, drip, 100);
      expectOneErrorFormat(
        response,
        408,
        'The request took too long to arrive.',
        'REQUEST_TIMEOUT',
      );
      // 600 ms allowed; Node checks every 300 ms; the drip alone would take 4 s.
      expect(response.elapsedMs).toBeLessThan(2500);
    });

    it('still answers a client that sends its request in time', async () => {
      const response = await rawExchange(port, [
        'GET /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n',
      ]);
      expect(response.status).toBe(200);
      expect(JSON.parse(response.body)).toEqual({ status: 'ok' });
    });

    it('refuses connections over the cap, and takes them again once some close', async () => {
      const held = await Promise.all(
        [1, 2, 3].map(
          () =>
            new Promise<ReturnType<typeof connect>>((resolve) => {
              const socket = connect({ host: '127.0.0.1', port }, () => resolve(socket));
              socket.on('error', () => undefined);
            }),
        ),
      );
      const refused = await rawExchange(port, [
        'GET /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n',
      ]);
      expect(refused.status).toBeNaN(); // closed without a response
      for (const socket of held) socket.destroy();
      await new Promise((resolve) => setTimeout(resolve, 100));
      const accepted = await rawExchange(port, [
        'GET /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n',
      ]);
      expect(accepted.status).toBe(200);
    });
  });

  describe('proxy trust', () => {
    let direct: NestFastifyApplication;
    let behindProxy: NestFastifyApplication;
    let dataSource: DataSource;
    beforeAll(async () => {
      direct = await listeningApp({}, 3203);
      behindProxy = await listeningApp({ TRUST_PROXY: '127.0.0.1' }, 3204);
      dataSource = direct.get(DataSource);
    });
    afterAll(async () => {
      await direct.close();
      await behindProxy.close();
    });
    beforeEach(() => dataSource.query(`DELETE FROM login_failures`));

    const failSignIn = (port: number, forwardedFor: string) =>
      fetch(`http://127.0.0.1:${port}/api/auth/login`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': forwardedFor,
          'x-forwarded-proto': 'https',
        },
        body: JSON.stringify({ email: 'nobody@example.com', password: 'wrong password' }),
      });
    const failureAddresses = async () =>
      (
        (await dataSource.query(`SELECT ip FROM login_failures ORDER BY created_at`)) as {
          ip: string;
        }[]
      ).map((row) => row.ip);

    it('ignores X-Forwarded-For by default: rotating it does not change the address counted', async () => {
      for (const forged of ['203.0.113.1', '203.0.113.2', '198.51.100.7']) {
        expect((await failSignIn(3203, forged)).status).toBe(401);
      }
      expect(await failureAddresses()).toEqual(['127.0.0.1', '127.0.0.1', '127.0.0.1']);
    });

    it('honours X-Forwarded-For (and -Proto) from a configured proxy', async () => {
      const response = await failSignIn(3204, '203.0.113.9');
      expect(response.status).toBe(401);
      expect(await failureAddresses()).toEqual(['203.0.113.9']);
    });

    it('counts the address the trusted proxy saw, not one the client prepended', async () => {
      // nginx appends the peer it saw to whatever the client sent.
      await failSignIn(3204, '10.9.9.9, 203.0.113.10');
      expect(await failureAddresses()).toEqual(['203.0.113.10']);
    });
  });

  describe('JSON only, and no caching of personal data', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
      await resetData(t);
    });
    afterAll(() => t.close());

    it('refuses form-encoded sign-in and password-reset posts with 415 in the error format', async () => {
      for (const url of ['/api/auth/login', '/api/auth/password-reset']) {
        const response = await t.anonymous
          .post(url)
          .set('content-type', 'application/x-www-form-urlencoded')
          .set('x-request-id', 'req-form')
          .send('email=test.admin%40example.com&password=whatever&token=abc');
        expect(response.status).toBe(415);
        expect(response.body).toEqual({
          statusCode: 415,
          code: 'UNSUPPORTED_MEDIA_TYPE',
          message: 'The request body must be JSON.',
          requestId: 'req-form',
        });
      }
    });

    it('still reads JSON with a charset', async () => {
      const response = await t.anonymous
        .post('/api/auth/login')
        .set('content-type', 'application/json; charset=utf-8')
        .send(JSON.stringify({ email: 'nobody@example.com', password: 'not the password' }));
      expect(response.status).toBe(401);
    });

    it('sends Cache-Control: no-store on API answers, errors and the CSV export', async () => {
      const responses = [
        await t.http.get('/api/auth/me'),
        await t.http.get('/api/v1/candidates'),
        await t.http.get('/api/v1/candidates/export'),
        await t.anonymous.get('/api/auth/me'),
        await t.http.get('/api/v1/nothing-here'),
        await t.http.get('/api/ready'),
      ];
      expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 401, 404, 200]);
      expect(responses[2]?.headers['content-type']).toMatch(/^text\/csv/);
      for (const response of responses) expect(response.headers['cache-control']).toBe('no-store');
    });
  });

  describe('the served web app', () => {
    let distDir: string;
    beforeAll(() => {
      distDir = mkdtempSync(path.join(tmpdir(), 'calibrate-web-'));
      mkdirSync(path.join(distDir, 'assets'));
      writeFileSync(path.join(distDir, 'index.html'), '<!doctype html><title>Calibrate</title>');
      writeFileSync(path.join(distDir, 'assets', 'index-abc123.js'), 'console.log(1);');
      writeFileSync(path.join(distDir, 'assets', 'index-abc123.js.map'), '{"version":3}');
      // The build's compressed copies (apps/web/build/precompress.ts), told apart by content.
      writeFileSync(
        path.join(distDir, 'assets', 'index-abc123.js.br'),
        brotliCompressSync('console.log("br");'),
      );
      writeFileSync(
        path.join(distDir, 'assets', 'index-abc123.js.gz'),
        gzipSync('console.log("gz");'),
      );
    });
    afterAll(() => rmSync(distDir, { recursive: true, force: true }));

    it('keeps long caching for hashed assets, revalidates index.html and refuses source maps in production', async () => {
      const app = await listeningApp(
        {
          NODE_ENV: 'production',
          DATABASE_URL: 'postgres://unused@127.0.0.1/unused_test',
          WEB_DIST_DIR: distDir,
        },
        3205,
        true,
      );
      try {
        const base = 'http://127.0.0.1:3205';
        const asset = await fetch(`${base}/assets/index-abc123.js`);
        const shell = await fetch(`${base}/candidates`);
        const map = await fetch(`${base}/assets/index-abc123.js.map`, {
          headers: { 'x-request-id': 'req-map' },
        });
        expect(asset.status).toBe(200);
        expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
        expect(shell.status).toBe(200);
        expect(shell.headers.get('cache-control')).toBe('no-cache');
        expect(map.status).toBe(404);
        expect(await map.json()).toEqual({
          statusCode: 404,
          code: 'NOT_FOUND',
          message: 'Nothing was found at this address.',
          requestId: 'req-map',
        });
      } finally {
        await app.close();
      }
    });

    it("serves the build's Brotli or gzip copy to a browser that accepts it, and never as a file of its own", async () => {
      const app = await listeningApp({ WEB_DIST_DIR: distDir }, 3207, true);
      try {
        const asset = (encoding: string) =>
          fetch('http://127.0.0.1:3207/assets/index-abc123.js', {
            headers: { 'accept-encoding': encoding },
          });
        const brotli = await asset('gzip, deflate, br');
        expect(brotli.headers.get('content-encoding')).toBe('br');
        expect(brotli.headers.get('vary')).toMatch(/accept-encoding/i);
        expect(brotli.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
        expect(await brotli.text()).toBe('console.log("br");');
        const gzip = await asset('gzip');
        expect(gzip.headers.get('content-encoding')).toBe('gzip');
        expect(await gzip.text()).toBe('console.log("gz");');
        const plain = await asset('identity');
        expect(plain.headers.get('content-encoding')).toBeNull();
        expect(await plain.text()).toBe('console.log(1);');
        const copy = await fetch('http://127.0.0.1:3207/assets/index-abc123.js.br');
        expect(copy.status).toBe(404);
      } finally {
        await app.close();
      }
    });

    it('serves source maps outside production', async () => {
      const app = await listeningApp({ WEB_DIST_DIR: distDir }, 3206, true);
      try {
        const map = await fetch('http://127.0.0.1:3206/assets/index-abc123.js.map');
        expect(map.status).toBe(200);
      } finally {
        await app.close();
      }
    });
  });
});
