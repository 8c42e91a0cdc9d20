import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';

import type { FastifyReply, FastifyRequest } from 'fastify';

import { clientError, routerError, transportErrorBody } from '../common/errors/transport-errors';

/** What every API response carries besides its body; errors outside a route too. */
export type ResponseHeaders = Record<string, string>;

/**
 * Fastify's `frameworkErrors`: an address the router cannot read (`/api/v1/%`) or with a path
 * parameter over `maxParamLength`. No hooks ran, so the headers are set here.
 */
export function frameworkErrorHandler(headers: ResponseHeaders) {
  return (error: { code?: string }, request: FastifyRequest, reply: FastifyReply): void => {
    const failure = routerError(error.code);
    request.log.info({ code: error.code, statusCode: failure.statusCode }, 'request refused');
    void reply
      .headers(headers)
      .header('x-request-id', request.id)
      .status(failure.statusCode)
      .send(transportErrorBody(failure, String(request.id)));
  };
}

/**
 * Node's `clientError`: the parser gave up (headers too large, garbage) or the client was too slow
 * to send its request. There is no request object, so the response is written on the socket.
 */
export function clientErrorHandler(headers: ResponseHeaders) {
  return (error: NodeJS.ErrnoException, socket: Duplex): void => {
    // A reset connection is gone; a response already under way cannot be replaced.
    const pending = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    if (!socket.writable || pending?.headersSent) {
      socket.destroy();
      return;
    }
    const failure = clientError(error.code);
    const requestId = randomUUID();
    const body = JSON.stringify(transportErrorBody(failure, requestId));
    const lines = [
      `HTTP/1.1 ${failure.statusCode} ${STATUS_CODES[failure.statusCode] ?? ''}`,
      'content-type: application/json; charset=utf-8',
      `content-length: ${Buffer.byteLength(body)}`,
      'connection: close',
      `x-request-id: ${requestId}`,
      ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    ];
    // end(): the response is flushed, then the connection closes.
    socket.end(`${lines.join('\r\n')}\r\n\r\n${body}`);
  };
}
