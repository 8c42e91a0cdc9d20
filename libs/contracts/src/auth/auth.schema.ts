import { z } from 'zod';

import { text } from '../common/text.schema';
import { passwordSchema, userSchema } from '../users/users.schema';

export const loginSchema = z.object({
  email: text()
    .trim()
    .max(254)
    .transform((email) => email.toLowerCase()),
  password: text().min(1, 'Enter your password.').max(200),
});
export type LoginInput = z.input<typeof loginSchema>;

export const meSchema = z.object({ user: userSchema });
export type Me = z.infer<typeof meSchema>;

export const CSRF_COOKIE = 'csrf_token';
export const CSRF_HEADER = 'x-csrf-token';

/**
 * How long an admin-issued password reset link works. A day covers handing the link over by chat
 * or phone across shifts; shorter links expired before night-shift agents saw them.
 */
export const PASSWORD_RESET_LINK_HOURS = 24;

/** Where the web app lets the holder of a reset link choose a new password. */
export const passwordResetPath = (token: string) => `/reset-password/${token}`;

/** What the API hands an admin once, when it issues a reset link: the token is not stored. */
export const passwordResetLinkSchema = z.object({
  path: z.string(),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type PasswordResetLink = z.infer<typeof passwordResetLinkSchema>;

/** A token as it arrives: anything else than a live token is "unknown", never a field error. */
const resetTokenSchema = text().min(1).max(200);
export const passwordResetTokenParamsSchema = z.object({ token: resetTokenSchema });

/** Whose password a live link resets (shown on the page, and to the password manager). */
export const passwordResetInfoSchema = z.object({
  email: z.string(),
  name: z.string(),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type PasswordResetInfo = z.infer<typeof passwordResetInfoSchema>;

export const resetPasswordSchema = z.object({ token: resetTokenSchema, password: passwordSchema });
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

/** After a reset the user signs in with the new password: the email to fill in for them. */
export const resetPasswordResultSchema = z.object({ email: z.string() });

const changePasswordFields = z.object({
  currentPassword: text().min(1, 'Enter your current password.').max(200),
  newPassword: passwordSchema,
});
const newDiffersFromCurrent = {
  check: (input: { currentPassword: string; newPassword: string }) =>
    input.newPassword !== input.currentPassword,
  params: { path: ['newPassword'], message: 'Choose a password different from your current one.' },
};

export const changePasswordSchema = changePasswordFields.refine(
  newDiffersFromCurrent.check,
  newDiffersFromCurrent.params,
);
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

/** Why a reset link no longer works; each has the sentence the API and the page show. */
export const passwordResetLinkReasons = [
  'unknown',
  'expired',
  'used',
  'replaced',
  'account_inactive',
] as const;
export const passwordResetLinkReasonSchema = z.enum(passwordResetLinkReasons);
export type PasswordResetLinkReason = z.infer<typeof passwordResetLinkReasonSchema>;

export const passwordResetLinkMessages: Record<PasswordResetLinkReason, string> = {
  unknown:
    'This link is not valid. Check that it was copied whole, or ask an administrator for a new one.',
  expired: 'This link has expired: ask an administrator for a new one.',
  used: 'This link was already used. If that was not you, ask an administrator for a new one.',
  replaced:
    'This link was replaced: a newer link was issued or the password changed since. Ask an administrator for a new one if you still need it.',
  account_inactive: 'This account is deactivated, so its password cannot be reset.',
};

// The forms type a new password twice; the rule lives here so that every form says it the same way.
const confirmMessage = 'The two passwords are not the same.';

export const newPasswordFormSchema = z
  .object({ password: passwordSchema, confirm: text() })
  .refine((form) => form.password === form.confirm, { path: ['confirm'], message: confirmMessage });
export type NewPasswordForm = z.input<typeof newPasswordFormSchema>;

export const changePasswordFormSchema = changePasswordFields
  .extend({ confirm: text() })
  .refine((form) => form.newPassword === form.confirm, {
    path: ['confirm'],
    message: confirmMessage,
  })
  .refine(newDiffersFromCurrent.check, newDiffersFromCurrent.params);
export type ChangePasswordForm = z.input<typeof changePasswordFormSchema>;
