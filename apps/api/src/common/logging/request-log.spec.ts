import { Writable } from 'node:stream';

import Fastify from 'fastify';
import pino from 'pino';

import { redactSecretPaths, withRequestLogSerializers } from './request-log';

describe('request logs', () => {
  it('redacts the token of a reset link, in the API and the web app, and nothing else', () => {
    expect(redactSecretPaths('/api/auth/password-reset/abc.DEF-123?x=1')).toBe(
      '/api/auth/password-reset/[redacted]?x=1',
    );
    expect(redactSecretPaths('/reset-password/abc')).toBe('/reset-password/[redacted]');
    expect(redactSecretPaths('/api/v1/candidates?q=reset')).toBe('/api/v1/candidates?q=reset');
  });

  it('keeps the token out of what Fastify logs for a request', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const app = Fastify({ loggerInstance: withRequestLogSerializers(pino(sink)) });
    app.get('/api/auth/password-reset/:token', async () => ({ ok: true }));
    await app.inject({ method: 'GET', url: '/api/auth/password-reset/s3cret-token' });
    await app.close();

    const logged = lines.join('');
    expect(logged).toContain('/api/auth/password-reset/[redacted]');
    expect(logged).not.toContain('s3cret-token');
  });
});
