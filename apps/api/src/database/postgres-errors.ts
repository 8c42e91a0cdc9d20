import { QueryFailedError } from 'typeorm';

/** PostgreSQL error codes the services turn into domain errors. */
const codes = { uniqueViolation: '23505', foreignKeyViolation: '23503' } as const;

/** The pg driver's error, whether TypeORM wrapped it or it came from a bare pg client. */
function driverError(error: unknown): { code?: string; constraint?: string } | undefined {
  if (error instanceof QueryFailedError) {
    return error.driverError as { code?: string; constraint?: string };
  }
  return error instanceof Error && 'code' in error
    ? (error as { code?: string; constraint?: string })
    : undefined;
}

export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const cause = driverError(error);
  return cause?.code === codes.uniqueViolation && cause.constraint === constraint;
}

export function isForeignKeyViolation(error: unknown): boolean {
  return driverError(error)?.code === codes.foreignKeyViolation;
}

/** Socket errors of a database that is down, restarting or unreachable. */
const unreachableSocketCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
]);
/** SQLSTATEs of a server that is shutting down, starting up or refusing connections. */
const unavailableSqlStates = new Set(['57P01', '57P02', '57P03', '53300']);
/** What pg says when a connection breaks or cannot be had in time (it gives these no code). */
const unreachableMessages = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Query read timeout',
];

/**
 * The database cannot answer right now (down, restarting, unreachable or stalled): not a bug of
 * the request, and worth a retry; the API answers 503 DATABASE_UNAVAILABLE.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const cause = driverError(error) ?? (error instanceof Error ? error : undefined);
  if (!cause) return false;
  const code = (cause as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (unreachableSocketCodes.has(code) || unavailableSqlStates.has(code)) return true;
    // Class 08: connection exceptions.
    if (/^08[0-9A-Z]{3}$/.test(code)) return true;
  }
  const message =
    cause instanceof Error ? cause.message : String((cause as { message?: unknown }).message ?? '');
  return unreachableMessages.some((text) => message.includes(text));
}
