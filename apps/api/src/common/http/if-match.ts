import { AppException } from '../errors/app-exception';

/**
 * The version a write expects, from `If-Match: "<version>"` (a weak `W/"3"` or a bare `3` is
 * accepted too). Required: a write without it could silently overwrite someone else's change.
 */
export function expectedVersion(header: string | undefined): number {
  if (header === undefined || header.trim() === '') throw new AppException('PRECONDITION_REQUIRED');
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim());
  if (!match) {
    throw new AppException('VALIDATION_FAILED', [
      {
        path: ['If-Match'],
        code: 'invalid_format',
        message: 'If-Match must be a version in quotes, like "3".',
      },
    ]);
  }
  return Number(match[1]);
}

/** The same, or undefined for a missing or malformed header (for a fast path that falls back). */
export function expectedVersionOrUndefined(header: string | undefined): number | undefined {
  try {
    return expectedVersion(header);
  } catch {
    return undefined;
  }
}

export const etag = (version: number) => `"${version}"`;
