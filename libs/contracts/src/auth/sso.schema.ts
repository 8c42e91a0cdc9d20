import { z } from 'zod';

import { text } from '../common/text.schema';

/**
 * How this deployment signs people in, for the sign-in page (public): whether the password form
 * is on, and the single sign-on button's label when an identity provider is configured.
 */
export const authMethodsSchema = z.object({
  password: z.boolean(),
  sso: z.object({ label: z.string() }).nullable(),
});
export type AuthMethods = z.infer<typeof authMethodsSchema>;

/** Where the browser starts a single sign-on (a full navigation: it leaves for the IdP). */
export const SSO_LOGIN_PATH = '/api/auth/oidc/login';

/** `next`: the app path to land on after signing in (anything else lands on the home page). */
export const ssoLoginQuerySchema = z.object({ next: text().max(2000).optional() });

/**
 * The identity provider's answer as it arrives on the callback; the SSO service checks it (a
 * wrong or missing field is a failed sign-in redirected to the sign-in page, never a 400).
 */
export const ssoCallbackQuerySchema = z.object({
  code: text().max(4000).optional(),
  state: text().max(4000).optional(),
  error: text().max(4000).optional(),
  error_description: text().max(4000).optional(),
  iss: text().max(4000).optional(),
});

/**
 * Why a single sign-on failed: the callback sends the browser to `/login?sso_error=<reason>`, and
 * the page shows the sentence.
 */
export const ssoFailureReasons = [
  'account_disabled',
  'no_account',
  'email_not_verified',
  'identity_conflict',
  'state_mismatch',
  'expired',
  'idp_error',
  'idp_unavailable',
] as const;
export const ssoFailureReasonSchema = z.enum(ssoFailureReasons);
export type SsoFailureReason = z.infer<typeof ssoFailureReasonSchema>;

export const ssoFailureMessages: Record<SsoFailureReason, string> = {
  account_disabled: 'Your Calibrate account is deactivated. Ask an administrator to reactivate it.',
  no_account:
    'There is no Calibrate account for you yet. Ask an administrator to add you, then sign in again.',
  email_not_verified:
    'Your identity provider did not confirm your email address, so Calibrate cannot match it to an account. Ask your IT team to verify it.',
  identity_conflict:
    'Your Calibrate account is linked to a different sign-in at your identity provider. Ask an administrator.',
  state_mismatch:
    'This sign-in did not match the one started from this browser. Start again from this page.',
  expired: 'This sign-in took too long or was started in another browser. Start again.',
  idp_error: 'Your identity provider refused or could not complete the sign-in. Try again.',
  idp_unavailable:
    'Your identity provider cannot be reached right now. Try again in a few minutes.',
};

/** The roles an unknown person signing in may be given: never admin by default. */
export const ssoProvisionRoles = ['interviewer', 'recruiter', 'hiring_manager'] as const;
export const ssoProvisionRoleSchema = z.enum(ssoProvisionRoles);
export type SsoProvisionRole = z.infer<typeof ssoProvisionRoleSchema>;

/** Admin settings of single sign-on: the role of provisioned users, or null (do not provision). */
export const ssoSettingsSchema = z.object({
  /** Whether this deployment has an identity provider configured (read-only, from the env). */
  configured: z.boolean(),
  issuer: z.string().nullable(),
  provisionRole: ssoProvisionRoleSchema.nullable(),
  updatedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type SsoSettings = z.infer<typeof ssoSettingsSchema>;

export const updateSsoSettingsSchema = z.object({
  provisionRole: ssoProvisionRoleSchema.nullable(),
});
export type UpdateSsoSettings = z.input<typeof updateSsoSettingsSchema>;
