import {
  ApiErrorBody,
  apiErrorSchema,
  CSRF_COOKIE,
  CSRF_HEADER,
  ErrorCode,
} from '@calibrate/contracts';
import { z } from 'zod';

/** What can go wrong before the API answers at all. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'UNEXPECTED_RESPONSE';

interface ApiErrorInit extends Omit<ApiErrorBody, 'statusCode' | 'code' | 'requestId'> {
  code: ErrorCode | ClientErrorCode;
  requestId?: string;
}

/** Every failed API call becomes one of these, parsed from the API's error format. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | ClientErrorCode;
  readonly details: unknown;
  readonly requestId: string | undefined;

  constructor(status: number, body: ApiErrorInit) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.details = body.details;
    this.requestId = body.requestId;
  }

  /** Worth retrying: the network or the server failed, not the request. */
  get isTransient(): boolean {
    return this.code === 'NETWORK_ERROR' || this.status >= 500;
  }
}

type QueryValue = string | number | undefined | null;

export interface RequestOptions<T> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** The contract the response must satisfy; a mismatch is reported, not passed on. */
  schema: z.ZodType<T>;
  signal?: AbortSignal;
  /** Extra request headers, e.g. If-Match and Idempotency-Key on versioned writes. */
  headers?: Record<string, string>;
}

/** Called when the session is gone (expired, signed out elsewhere): the app sends the user to sign in. */
let onUnauthenticated: (() => void) | undefined;
export function setUnauthenticatedHandler(handler: (() => void) | undefined): void {
  onUnauthenticated = handler;
}

/**
 * While the user signs out, a screen's request that reaches the server after the session is gone
 * gets 401: that is expected, not an expired session to report.
 */
let signingOut = false;
export function setSigningOut(value: boolean): void {
  signingOut = value;
}

function readCookie(name: string): string | undefined {
  return document.cookie
    .split('; ')
    .find((cookie) => cookie.startsWith(`${name}=`))
    ?.slice(name.length + 1);
}

export async function apiRequest<T>(path: string, options: RequestOptions<T>): Promise<T> {
  const method = options.method ?? 'GET';
  const csrf = method === 'GET' ? undefined : readCookie(CSRF_COOKIE);
  const url = new URL(`/api${path}`, window.location.origin);
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined && value !== null && value !== '')
      url.searchParams.set(key, String(value));
  }
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: {
        accept: 'application/json',
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(csrf ? { [CSRF_HEADER]: decodeURIComponent(csrf) } : {}),
        ...options.headers,
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, {
      code: 'NETWORK_ERROR',
      message: 'Cannot reach Calibrate. Check your connection and try again.',
    });
  }

  // 204 No Content (e.g. sign-out) has no body to parse.
  const payload: unknown =
    response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = apiErrorSchema.safeParse(payload);
    if (parsed.success && parsed.data.code === 'UNAUTHENTICATED' && !signingOut)
      onUnauthenticated?.();
    if (parsed.success) throw new ApiError(response.status, parsed.data);
    throw new ApiError(response.status, {
      code: 'UNEXPECTED_RESPONSE',
      message: `The server answered ${response.status} ${response.statusText || ''}`.trim() + '.',
      requestId: response.headers.get('x-request-id') ?? undefined,
    });
  }
  const parsed = options.schema.safeParse(payload);
  if (!parsed.success) {
    throw new ApiError(response.status, {
      code: 'UNEXPECTED_RESPONSE',
      message: 'The server sent a response this page does not understand. Reload the page.',
      requestId: response.headers.get('x-request-id') ?? undefined,
    });
  }
  return parsed.data;
}
