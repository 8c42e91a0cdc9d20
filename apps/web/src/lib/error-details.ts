import { CodeWithDetails, ErrorDetails, errorDetails } from '@calibrate/contracts';

import { ApiError } from './api-client';

// Apart from the API client, which every screen loads first: the contract's detail schemas
// (the conflicting scorecard, candidate and rubric draft) would otherwise be built in the first
// load of every screen, sign-in included, for the few screens that read them (11 KB of the
// entry chunk, and their construction in its first task).

/**
 * The `details` of an API error of code `code`, typed by the contract; undefined for any other
 * error, or details that are not what the contract says.
 */
export function errorDetailsOf<C extends CodeWithDetails>(
  error: unknown,
  code: C,
): ErrorDetails<C> | undefined {
  return error instanceof ApiError && error.code === code
    ? errorDetails(code, error.details)
    : undefined;
}

/** Field errors of a VALIDATION_FAILED error, keyed by field path ("email", "address.city"). */
export function fieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  for (const issue of errorDetailsOf(error, 'VALIDATION_FAILED') ?? []) {
    const key = issue.path.join('.');
    if (key && issue.message && !result[key]) result[key] = issue.message;
  }
  return result;
}
