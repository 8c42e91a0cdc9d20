import { loginSchema } from '@calibrate/contracts';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { zod4Resolver } from 'mantine-form-zod-resolver';

import { useLogin } from '../api/session';

/** Email and password; `email` pre-filled after a reset, with the focus on the password then. */
export function PasswordSignInForm({
  email,
  autoFocus,
  onSignedIn,
}: {
  email?: string;
  autoFocus: boolean;
  onSignedIn: () => void;
}) {
  const login = useLogin();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: email ?? '', password: '' },
    validate: zod4Resolver(loginSchema),
  });
  const submit = form.onSubmit((values) => login.mutate(values, { onSuccess: onSignedIn }));

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
