import { changePasswordFormSchema } from '@calibrate/contracts';
import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { zod4Resolver } from 'mantine-form-zod-resolver';

import { fieldErrors } from '@/lib/error-details';

import { useChangePassword } from '../api/passwords';

/**
 * The signed-in user's new password: the current one first (a screen left unlocked is no way to
 * change it), then the new one twice. Other sessions end; this one stays.
 */
export function ChangePasswordForm({ email, onDone }: { email: string; onDone: () => void }) {
  const change = useChangePassword();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: zod4Resolver(changePasswordFormSchema),
  });
  const submit = form.onSubmit(({ currentPassword, newPassword }) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            title: 'Password changed',
            message: 'You stay signed in here; every other session was signed out.',
          });
          onDone();
        },
        onError: (error) => form.setErrors(fieldErrors(error)),
      },
    ),
  );
  const problem = change.error && change.error.code !== 'VALIDATION_FAILED' ? change.error : null;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {problem && (
          <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
            {problem.message}
          </Alert>
        )}
        {/* Hidden, so that a password manager files the new password under this account. */}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          required
          data-autofocus
          key={form.key('currentPassword')}
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label="New password"
          description="At least 12 characters."
          autoComplete="new-password"
          required
          key={form.key('newPassword')}
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput
          label="Confirm new password"
          autoComplete="new-password"
          required
          key={form.key('confirm')}
          {...form.getInputProps('confirm')}
        />
        <Text size="sm" c="dimmed">
          Anywhere else you are signed in (another browser, a phone) will be signed out.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={change.isPending}>
            Cancel
          </Button>
          <Button type="submit" loading={change.isPending}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
