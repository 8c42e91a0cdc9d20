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
