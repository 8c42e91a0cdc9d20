import { errorCatalog, ErrorCode } from '@calibrate/contracts';

/** A domain error with a code from the contracts' catalog; the filter turns it into a response. */
export class AppException extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: unknown,
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
