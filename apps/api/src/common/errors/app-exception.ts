import { CodeWithDetails, errorCatalog, ErrorCode, ErrorDetails } from '@calibrate/contracts';

/** The details a code carries (contracts' `errorDetailsSchemas`), or none. */
export type DetailsOf<C extends ErrorCode> = C extends CodeWithDetails
  ? ErrorDetails<C>
  : undefined;

/**
 * A domain error with a code from the contracts' catalog; the filter turns it into a response.
 * Its `details` are typed per code, the same types clients parse them with.
 */
export class AppException<C extends ErrorCode = ErrorCode> extends Error {
  constructor(
    readonly code: C,
    readonly details?: DetailsOf<C>,
    message?: string,
    /** Response headers that belong to the error, e.g. Retry-After on a 429. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message ?? errorCatalog[code].message);
    this.name = 'AppException';
  }

  get status(): number {
    return errorCatalog[this.code].status;
  }
}
