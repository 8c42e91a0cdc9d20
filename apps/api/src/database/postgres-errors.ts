import { QueryFailedError } from 'typeorm';

/** PostgreSQL error codes the services turn into domain errors. */
const codes = { uniqueViolation: '23505', foreignKeyViolation: '23503' } as const;

function driverError(error: unknown): { code?: string; constraint?: string } | undefined {
  return error instanceof QueryFailedError
    ? (error.driverError as { code?: string; constraint?: string })
    : undefined;
}

export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const cause = driverError(error);
  return cause?.code === codes.uniqueViolation && cause.constraint === constraint;
}

export function isForeignKeyViolation(error: unknown): boolean {
  return driverError(error)?.code === codes.foreignKeyViolation;
}
