import { passwordResetLinkMessages } from '@calibrate/contracts';

import { ApiError } from '@/lib/api-client';

/** Why a reset link cannot be used, in the contract's words; undefined for any other failure. */
export function linkProblemMessage(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const details = error.detailsOf('PASSWORD_RESET_LINK_INVALID');
  return details ? passwordResetLinkMessages[details.reason] : undefined;
}
