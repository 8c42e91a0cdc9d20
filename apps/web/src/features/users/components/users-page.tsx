import { createUserSchema, roleLabels, User, UserRole, userRoles } from '@calibrate/contracts';
import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  PasswordInput,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconUserPlus } from '@tabler/icons-react';
import { zod4Resolver } from 'mantine-form-zod-resolver';

import { ErrorAlert } from '@/components/ui/error-alert';
import { PageHeader } from '@/components/ui/page-header';
import { fieldErrors } from '@/lib/api-client';

import { useCreateUser, useUpdateUser, useUsers } from '../api/users';

const roleOptions = userRoles.map((role) => ({ value: role, label: roleLabels[role] }));

/** Admins add people, change their role, and deactivate them (which signs them out at once). */
export function UsersPage({ currentUserId }: { currentUserId: string }) {
  const users = useUsers();
  const [addOpen, addModal] = useDisclosure(false);

  return (
    <Stack gap="lg">
      <PageHeader
        title="Users"
        description="Who can sign in, and what they may do."
        action={
          <Button leftSection={<IconUserPlus size={18} />} onClick={addModal.open}>
            Add user
          </Button>
        }
      />
      <Paper withBorder radius="md" p={0}>
        {users.isPending ? (
          <Stack p="md" gap="sm" aria-busy="true" aria-label="Loading users">
            {Array.from({ length: 5 }, (_, i) => (
              <Skeleton key={i} height={18} />
            ))}
          </Stack>
        ) : users.isError ? (
          <ErrorAlert
            title="Users could not be loaded"
            message={users.error.message}
            onAction={() => void users.refetch()}
          />
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="xs" aria-label="Users">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Email</Table.Th>
                  <Table.Th>Role</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {users.data.items.map((user) => (
                  <UserRow key={user.id} user={user} isSelf={user.id === currentUserId} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <Modal opened={addOpen} onClose={addModal.close} title="Add user" centered>
        <AddUserForm onDone={addModal.close} />
      </Modal>
    </Stack>
  );
}

function UserRow({ user, isSelf }: { user: User; isSelf: boolean }) {
  const update = useUpdateUser();
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {user.name}
          {isSelf && (
            <Text span size="xs" c="dimmed">
              {' '}
              (you)
            </Text>
          )}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{user.email}</Text>
      </Table.Td>
      <Table.Td w={200}>
        <Select
          aria-label={`Role of ${user.name}`}
          data={roleOptions}
          value={user.role}
          size="xs"
          allowDeselect={false}
          disabled={isSelf || !user.active}
          onChange={(role) =>
            role && update.mutate({ id: user.id, patch: { role: role as UserRole } })
          }
        />
      </Table.Td>
      <Table.Td>
        <Badge color={user.active ? 'teal' : 'gray'} variant="light">
          {user.active ? 'Active' : 'Deactivated'}
        </Badge>
      </Table.Td>
      <Table.Td ta="right">
        {!isSelf && (
          <Button
            size="xs"
            variant="subtle"
            color={user.active ? 'red' : 'blue'}
            loading={update.isPending}
            onClick={() =>
              update.mutate(
                { id: user.id, patch: { active: !user.active } },
                {
                  onSuccess: (updated) =>
                    notifications.show({
                      color: 'teal',
                      message: updated.active
                        ? `${updated.name} can sign in again.`
                        : `${updated.name} is signed out and can no longer sign in.`,
                    }),
                },
              )
            }
          >
            {user.active ? 'Deactivate' : 'Reactivate'}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function AddUserForm({ onDone }: { onDone: () => void }) {
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
