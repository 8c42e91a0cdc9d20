import { Button, Modal, Paper, Skeleton, Stack, Table, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';

import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/query-state';
import { usePasswordSignIn } from '@/features/auth';

import { useUsers } from '../api/users';
import { AddUserForm } from './add-user-form';
import { SsoSettingsPanel } from './sso-settings-panel';
import { UserRow } from './user-row';

/** Admins add people, change their role, and deactivate them (which signs them out at once). */
export function UsersPage({ currentUserId }: { currentUserId: string }) {
  const users = useUsers();
  const passwordSignIn = usePasswordSignIn();
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
        <QueryState
          query={users}
          loading={
            <Stack p="md" gap="sm" aria-busy="true" aria-label="Loading users">
              {Array.from({ length: 5 }, (_, i) => (
                <Skeleton key={i} height={18} />
              ))}
            </Stack>
          }
          errorTitle="Users could not be loaded"
          errorMessage={users.error?.message}
        >
          {(data) => (
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
                  {data.items.map((user) => (
                    <UserRow
                      key={user.id}
                      user={user}
                      isSelf={user.id === currentUserId}
                      passwordSignIn={passwordSignIn}
                    />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </QueryState>
      </Paper>
      <SsoSettingsPanel />
      <Modal opened={addOpen} onClose={addModal.close} title="Add user" centered>
        <AddUserForm onDone={addModal.close} passwordSignIn={passwordSignIn} />
      </Modal>
    </Stack>
  );
}
