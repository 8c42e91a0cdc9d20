import { loginSchema } from '@calibrate/contracts';
import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useLocation, useNavigate, useSearchParams } from 'react-router';

import { useLogin } from '../api/session';
import { AuthCard } from './auth-card';

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

export function LoginPage() {
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const login = useLogin();
  const expired = searchParams.get('expired') === '1';
  const afterReset = resetState(location.state);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: afterReset?.email ?? '', password: '' },
    validate: zod4Resolver(loginSchema),
  });

  const submit = form.onSubmit((values) =>
    login.mutate(values, {
      onSuccess: () => void navigate(safeNext(searchParams.get('next')), { replace: true }),
    }),
  );

  return (
    <AuthCard title="Sign in to Calibrate" subtitle="Structured interview scoring">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {afterReset && !login.error && (
            <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />}>
              Your new password is set, and you were signed out everywhere. Sign in with it now.
            </Alert>
          )}
          {expired && !afterReset && !login.error && (
            <Alert color="blue" variant="light">
              Your session ended. Sign in again to pick up where you were.
            </Alert>
          )}
          {login.error && (
            <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
              {login.error.message}
            </Alert>
          )}
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            required
            data-autofocus={afterReset ? undefined : true}
            key={form.key('email')}
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            data-autofocus={afterReset ? true : undefined}
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={login.isPending} fullWidth>
            Sign in
          </Button>
          <Text size="xs" c="dimmed" ta="center">
            Forgot your password? Ask an administrator for a reset link: it lets you choose a new
            one.
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
