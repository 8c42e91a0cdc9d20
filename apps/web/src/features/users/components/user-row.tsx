import { User, UserRole } from '@calibrate/contracts';
import { Badge, Button, Select, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';

import { useUpdateUser } from '../api/users';
import { roleOptions } from '../model/role-options';

/** One user: their role to change, and deactivating or reactivating them (never oneself). */
export function UserRow({ user, isSelf }: { user: User; isSelf: boolean }) {
  const update = useUpdateUser();
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
            onClick={toggleActive}
          >
            {user.active ? 'Deactivate' : 'Reactivate'}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
