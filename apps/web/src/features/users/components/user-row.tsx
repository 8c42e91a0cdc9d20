import { User, UserRole } from '@calibrate/contracts';
import { Badge, Button, Group, Select, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';

import { useUpdateUser } from '../api/users';
import { roleOptions } from '../model/role-options';
import { ResetPasswordDialog } from './reset-password-dialog';

/**
 * One user: their role to change, a password reset link for them (none while people sign in only
 * through single sign-on), and deactivating or reactivating them (never oneself: one's own
 * password changes from the account menu).
 */
export function UserRow({
  user,
  isSelf,
  passwordSignIn,
}: {
  user: User;
  isSelf: boolean;
  passwordSignIn: boolean;
}) {
  const update = useUpdateUser();
  const [resetOpen, resetDialog] = useDisclosure(false);
  const toggleActive = () =>
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
    );
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
        {/* A dot badge: body-coloured text (teal 9 on the light tint fails AA at 4.4:1). */}
        <Badge color={user.active ? 'teal' : 'gray'} variant="dot">
          {user.active ? 'Active' : 'Deactivated'}
        </Badge>
      </Table.Td>
      <Table.Td ta="right">
        {!isSelf && (
          <Group gap="xs" justify="flex-end" wrap="nowrap">
            {user.active && passwordSignIn && (
              <Button
                size="xs"
                variant="subtle"
                onClick={resetDialog.open}
                aria-label={`Reset password of ${user.name}`}
              >
                Reset password
              </Button>
            )}
            <Button
              size="xs"
              variant="subtle"
              color={user.active ? 'red' : 'blue'}
              loading={update.isPending}
              onClick={toggleActive}
            >
              {user.active ? 'Deactivate' : 'Reactivate'}
            </Button>
          </Group>
        )}
        {passwordSignIn && (
          <ResetPasswordDialog user={user} opened={resetOpen} onClose={resetDialog.close} />
        )}
      </Table.Td>
    </Table.Tr>
  );
}
