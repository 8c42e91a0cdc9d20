import { newPasswordFormSchema } from '@calibrate/contracts';
import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { zod4Resolver } from 'mantine-form-zod-resolver';

import { fieldErrors } from '@/lib/error-details';
import { formatDateTime } from '@/lib/format-date';

import { useResetPassword } from '../api/passwords';
import { linkProblemMessage } from '../model/link-problem';

/** The new password, typed twice, for the account a reset link belongs to. */
export function NewPasswordForm({
  token,
  email,
  expiresAt,
  onDone,
  onLinkFailed,
}: {
  token: string;
  email: string;
  expiresAt: string;
  onDone: (email: string) => void;
  onLinkFailed: (message: string) => void;
}) {
  const reset = useResetPassword();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { password: '', confirm: '' },
    validate: zod4Resolver(newPasswordFormSchema),
  });
  const submit = form.onSubmit((values) =>
    reset.mutate(
      { token, password: values.password },
      {
        onSuccess: (result) => onDone(result.email),
        onError: (error) => {
          const linkProblem = linkProblemMessage(error);
          if (linkProblem) onLinkFailed(linkProblem);
          else form.setErrors(fieldErrors(error));
        },
      },
    ),
  );
  const problem = reset.error && reset.error.code !== 'VALIDATION_FAILED' ? reset.error : null;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {problem && (
          <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
            {problem.message}
          </Alert>
        )}
        {/* Read-only, so that a password manager files the new password under the right account. */}
        <TextInput label="Email" value={email} readOnly autoComplete="username" />
        <PasswordInput
          label="New password"
          description="At least 12 characters."
          autoComplete="new-password"
          required
          data-autofocus
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        <PasswordInput
          label="Confirm new password"
          autoComplete="new-password"
          required
          key={form.key('confirm')}
          {...form.getInputProps('confirm')}
        />
        <Button type="submit" loading={reset.isPending} fullWidth>
          Set new password
        </Button>
        <Text size="xs" c="dimmed" ta="center">
          This link works once, until {formatDateTime(expiresAt)}.
        </Text>
      </Stack>
    </form>
  );
}
