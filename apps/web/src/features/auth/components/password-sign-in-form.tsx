import { loginSchema } from '@calibrate/contracts';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { zod4Resolver } from 'mantine-form-zod-resolver';

import { useLogin } from '../api/session';

/**
 * Email and password; `email` pre-filled after a reset, with the focus on the password then.
 * `onFailed`: the page's own notices (password just set, session ended) give way to the error.
 */
export function PasswordSignInForm({
  email,
  autoFocus,
  onSignedIn,
  onFailed,
}: {
  email?: string;
  autoFocus: boolean;
  onSignedIn: () => void;
  onFailed?: () => void;
}) {
  const login = useLogin();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: email ?? '', password: '' },
    validate: zod4Resolver(loginSchema),
  });
  const submit = form.onSubmit((values) =>
    login.mutate(values, { onSuccess: onSignedIn, onError: onFailed }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
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
          data-autofocus={autoFocus && !email ? true : undefined}
          key={form.key('email')}
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          required
          data-autofocus={autoFocus && email ? true : undefined}
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={login.isPending} fullWidth>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
