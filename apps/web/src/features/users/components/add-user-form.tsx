import { createUserSchema, UserRole } from '@calibrate/contracts';
import { Alert, Button, Group, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { zod4Resolver } from 'mantine-form-zod-resolver';

import { fieldErrors } from '@/lib/api-client';

import { useCreateUser } from '../api/users';
import { roleOptions } from '../model/role-options';

/** A new user with a first password they can sign in with at once. */
export function AddUserForm({ onDone }: { onDone: () => void }) {
  const create = useCreateUser();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name: '', email: '', role: 'interviewer' as UserRole, password: '' },
    validate: zod4Resolver(createUserSchema),
  });
  const submit = form.onSubmit((values) =>
    create.mutate(values, {
      onSuccess: (user) => {
        notifications.show({
          color: 'teal',
          title: 'User added',
          message: `${user.name} can now sign in.`,
        });
        onDone();
      },
      onError: (error) =>
        error.code === 'USER_EMAIL_TAKEN'
          ? form.setFieldError('email', 'A user with this email already exists.')
          : form.setErrors(fieldErrors(error)),
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {create.error &&
          create.error.code !== 'USER_EMAIL_TAKEN' &&
          create.error.code !== 'VALIDATION_FAILED' && (
            <Alert color="red">{create.error.message}</Alert>
          )}
        <TextInput
          label="Full name"
          required
          data-autofocus
          key={form.key('name')}
          {...form.getInputProps('name')}
        />
        <TextInput
          label="Email"
          type="email"
          required
          key={form.key('email')}
          {...form.getInputProps('email')}
        />
        <Select
          label="Role"
          data={roleOptions}
          allowDeselect={false}
          key={form.key('role')}
          {...form.getInputProps('role')}
        />
        <PasswordInput
          label="First password"
          description="At least 12 characters. Share it privately; they can sign in at once."
          required
          autoComplete="new-password"
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={create.isPending}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Add user
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
