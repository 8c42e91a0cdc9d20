import { roleLabels } from '@calibrate/contracts';
import { Avatar, Group, Menu, Modal, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconKey, IconLogout } from '@tabler/icons-react';
import { useNavigate } from 'react-router';

import { useLogout, useMe } from '../api/session';
import { ChangePasswordForm } from './change-password-form';

export function UserMenu() {
  const me = useMe();
  const navigate = useNavigate();
  const logout = useLogout(() => navigate('/login', { replace: true }));
  const [passwordOpen, passwordDialog] = useDisclosure(false);
  const user = me.data?.user;
  if (!user) return null;
  const initials = user.name
    .split(' ')
    .map((part) => part[0])
    .join('')
    .slice(0, 2)
    .toUpperCase();

  return (
    <>
      <Menu position="bottom-end" width={220} shadow="md">
        <Menu.Target>
          <UnstyledButton>
            <Group gap="xs">
              <VisuallyHidden>Account:</VisuallyHidden>
              <Avatar size={30} radius="xl" color="blue" aria-hidden>
                {initials}
              </Avatar>
              <div>
                <Text size="sm" fw={500} lh={1.2}>
                  {user.name}
                </Text>
                <Text size="xs" c="dimmed" lh={1.2}>
                  {roleLabels[user.role]}
                </Text>
              </div>
              <IconChevronDown size={14} />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{user.email}</Menu.Label>
          <Menu.Item leftSection={<IconKey size={16} />} onClick={passwordDialog.open}>
            Change password
          </Menu.Item>
          <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => logout.mutate()}>
            Sign out
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={passwordOpen} onClose={passwordDialog.close} title="Change password" centered>
        <ChangePasswordForm email={user.email} onDone={passwordDialog.close} />
      </Modal>
    </>
  );
}
