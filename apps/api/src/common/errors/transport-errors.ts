import { ApiErrorBody, errorCatalog, ErrorCode } from '@calibrate/contracts';

/**
 * Errors raised before a request reaches a route: by Fastify's router (a bad or too long address)
 * or by Node's HTTP parser (headers too large, a request that arrives too slowly). They get the
 * one error body like every other error, and never echo the address back.
 */
export interface TransportError {
  statusCode: number;
  code: ErrorCode;
  message: string;
}

const fromCatalog = (code: ErrorCode): TransportError => ({
  statusCode: errorCatalog[code].status,
  code,
  message: errorCatalog[code].message,
});

const transportErrors = {
  badUrl: {
    statusCode: 400,
    code: 'MALFORMED_REQUEST',
    message: errorCatalog.MALFORMED_REQUEST.message,
  },
  uriTooLong: fromCatalog('URI_TOO_LONG'),
  headersTooLarge: fromCatalog('HEADERS_TOO_LARGE'),
  timeout: fromCatalog('REQUEST_TIMEOUT'),
  unreadable: {
    statusCode: 400,
    code: 'MALFORMED_REQUEST',
    message: errorCatalog.MALFORMED_REQUEST.message,
  },
} satisfies Record<string, TransportError>;

/** Fastify's router errors (its `frameworkErrors` option) by their code. */
export function routerError(code: string | undefined): TransportError {
  if (code === 'FST_ERR_MAX_PARAM_LENGTH') return transportErrors.uriTooLong;
  if (code === 'FST_ERR_BAD_URL') return transportErrors.badUrl;
  return transportErrors.unreadable;
}

/** Node's `clientError` (parser and timeout errors on the socket) by their code. */
export function clientError(code: string | undefined): TransportError {
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return transportErrors.timeout;
  if (code === 'HPE_HEADER_OVERFLOW') return transportErrors.headersTooLarge;
  if (code === 'HPE_URI_TOO_LONG') return transportErrors.uriTooLong;
  return transportErrors.unreadable;
}

export function transportErrorBody(error: TransportError, requestId: string): ApiErrorBody {
  return { statusCode: error.statusCode, code: error.code, message: error.message, requestId };
}
