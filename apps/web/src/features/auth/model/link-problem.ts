import { passwordResetLinkMessages } from '@calibrate/contracts';

import { errorDetailsOf } from '@/lib/error-details';

/** Why a reset link cannot be used, in the contract's words; undefined for any other failure. */
export function linkProblemMessage(error: unknown): string | undefined {
  const details = errorDetailsOf(error, 'PASSWORD_RESET_LINK_INVALID');
  return details ? passwordResetLinkMessages[details.reason] : undefined;
}
