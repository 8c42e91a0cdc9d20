import { CreateUserInput, createUserSchema, UserRole } from '@calibrate/contracts';
import { Alert, Button, Group, PasswordInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { zod4Resolver } from 'mantine-form-zod-resolver';

import { fieldErrors } from '@/lib/error-details';

import { useCreateUser } from '../api/users';
import { roleOptions } from '../model/role-options';

type AddUserValues = Required<CreateUserInput>;

/**
 * A new user with a first password they can sign in with at once, or, while people sign in only
 * through single sign-on, with none (the API refuses one then).
 */
export function AddUserForm({
  onDone,
  passwordSignIn,
}: {
  onDone: () => void;
  passwordSignIn: boolean;
}) {
  const create = useCreateUser();
  // What is sent: without the (hidden) password field when passwords are off.
  const toInput = ({ password, ...rest }: AddUserValues): CreateUserInput =>
    passwordSignIn ? { ...rest, password } : rest;
  const validate = zod4Resolver(createUserSchema);
  const form = useForm<AddUserValues>({
    mode: 'uncontrolled',
    initialValues: { name: '', email: '', role: 'interviewer' as UserRole, password: '' },
    validate: (values) => validate(toInput(values)),
  });
  const submit = form.onSubmit((values) =>
    create.mutate(toInput(values), {
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
        {passwordSignIn ? (
          <PasswordInput
            label="First password"
            description="At least 12 characters. Share it privately; they can sign in at once."
            required
            autoComplete="new-password"
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
        ) : (
          <Text size="sm" c="dimmed">
            They sign in with your organization’s single sign-on, using this email.
          </Text>
        )}
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
