import { errorCatalog, ErrorCode } from '@calibrate/contracts';

/** A domain error with a code from the contracts' catalog; the filter turns it into a response. */
export class AppException extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: unknown,
    message?: string,
  ) {
    super(message ?? errorCatalog[code].message);
    this.name = 'AppException';
  }

  get status(): number {
    return errorCatalog[this.code].status;
  }
}
