import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';

/** Accept a caller's id (from a proxy or the web app) only if it is short and plain. */
const acceptableId = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdFor(request: IncomingMessage): string {
  const incoming = request.headers['x-request-id'];
  return typeof incoming === 'string' && acceptableId.test(incoming) ? incoming : randomUUID();
}
