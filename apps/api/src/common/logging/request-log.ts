import { Logger } from 'pino';

/** Paths that carry a one-time secret: a password reset link, in the API and in the web app. */
const SECRET_PATH = /\/(password-reset|reset-password)\/[^/?#]+/g;

/** A request path as logs may keep it: a reset link's token would sign its holder in for a day. */
export function redactSecretPaths(url: string): string {
  return url.replace(SECRET_PATH, '/$1/[redacted]');
}

interface LoggedRequest {
  method?: string;
  url?: string;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number };
}

/**
 * Fastify's request log fields, the path redacted. Fastify reads a logger instance's
 * `serializers` property and lets it override its own (fastify/lib/logger-factory.js).
 */
export function withRequestLogSerializers(logger: Logger): Logger {
  return Object.assign(logger, {
    serializers: {
      req: (req: LoggedRequest) => ({
        method: req.method,
        url: req.url === undefined ? undefined : redactSecretPaths(req.url),
        host: req.host,
        remoteAddress: req.ip,
        remotePort: req.socket?.remotePort,
      }),
    },
  });
}
