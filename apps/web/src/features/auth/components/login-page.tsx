import { ssoFailureMessages, ssoFailureReasonSchema } from '@calibrate/contracts';
import { Alert, Divider, Loader, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';

import { useAuthMethods } from '../api/auth-methods';
import { AuthCard } from './auth-card';
import { PasswordSignInForm } from './password-sign-in-form';
import { SsoSignIn } from './sso-sign-in';

/** Only paths inside the app: `next` must never send a user to another site. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login')
    ? next
    : '/';
}

/** What the reset page hands over (router state: the email stays out of the address bar). */
function resetState(state: unknown): { email: string } | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const { passwordReset, email } = state as { passwordReset?: unknown; email?: unknown };
  return passwordReset === true && typeof email === 'string' ? { email } : undefined;
}

/**
 * Sign-in with a password, single sign-on, or both, as the deployment is set up. A failed single
 * sign-on comes back here with `sso_error` and its reason is shown.
 */
export function LoginPage() {
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const methods = useAuthMethods();
  const next = safeNext(searchParams.get('next'));
  const expired = searchParams.get('expired') === '1';
  const ssoError = ssoFailureReasonSchema.safeParse(searchParams.get('sso_error'));
  const afterReset = resetState(location.state);
  // A failed password sign-in shows its own error: the notices above it no longer apply.
  const [signInFailed, setSignInFailed] = useState(false);
  // Until the API answers, and if it cannot: the password form, as before single sign-on.
  const password = methods.data?.password ?? true;
  const sso = methods.data?.sso ?? null;

  return (
    <AuthCard title="Sign in to Calibrate" subtitle="Structured interview scoring">
      <Stack gap="md">
        {ssoError.success && (
          <Alert
            color="red"
            icon={<IconAlertCircle size={18} />}
            role="alert"
            title="Single sign-on did not work"
          >
            {ssoFailureMessages[ssoError.data]}
          </Alert>
        )}
        {afterReset && !signInFailed && (
          <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />}>
            Your new password is set, and you were signed out everywhere. Sign in with it now.
          </Alert>
        )}
        {expired && !afterReset && !signInFailed && (
          <Alert color="blue" variant="light">
            Your session ended. Sign in again to pick up where you were.
          </Alert>
        )}
        {methods.isPending ? (
          <Stack align="center" py="md" aria-busy="true" aria-label="Loading sign-in options">
            <Loader size="sm" />
          </Stack>
        ) : (
          <>
            {sso && <SsoSignIn label={sso.label} next={next} primary={!password} />}
            {sso && password && <Divider label="or with your password" labelPosition="center" />}
            {password && (
              <>
                <PasswordSignInForm
                  email={afterReset?.email}
                  autoFocus={!sso}
                  onSignedIn={() => void navigate(next, { replace: true })}
                  onFailed={() => setSignInFailed(true)}
                />
                <Text size="xs" c="dimmed" ta="center">
                  Forgot your password? Ask an administrator for a reset link: it lets you choose a
                  new one.
                </Text>
              </>
            )}
          </>
        )}
      </Stack>
    </AuthCard>
  );
}
