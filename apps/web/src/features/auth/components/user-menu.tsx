import { roleLabels } from '@calibrate/contracts';
import {
  Alert,
  Avatar,
  Button,
  Group,
  Menu,
  Modal,
  Stack,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconKey, IconLogout } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import { plural } from '@/lib/plural';

import { usePasswordSignIn } from '../api/auth-methods';
import { useLogout, useMe } from '../api/session';
import { ChangePasswordForm } from './change-password-form';
import classes from './user-menu.module.css';

/** What this browser holds for the user that the server does not have yet (unsent answers). */
export interface UnsentWork {
  /** Read when signing out: a subscription would re-render the menu on every autosave. */
  count: () => number;
  /** Sends it all; true once the server has everything. */
  sendNow: () => Promise<boolean>;
  /** Removes it from this browser. */
  discard: () => Promise<void>;
}

/**
 * The account menu: change password (unless people sign in only through single sign-on), sign
 * out. Signing out with unsent answers offers to send them first; either way they leave the
 * browser, which may be a shared one on a floor.
 */
export function UserMenu({ unsent }: { unsent?: UnsentWork }) {
  const me = useMe();
  const passwordSignIn = usePasswordSignIn();
  const navigate = useNavigate();
  const logout = useLogout(() => navigate('/login', { replace: true }));
  const [passwordOpen, passwordDialog] = useDisclosure(false);
  const [unsentOpen, unsentDialog] = useDisclosure(false);
  const [sending, setSending] = useState(false);
  const [sendFailed, setSendFailed] = useState(false);
  const [unsentCount, setUnsentCount] = useState(0);
  const user = me.data?.user;
  if (!user) return null;

  const signOut = async () => {
    await unsent?.discard();
    logout.mutate();
  };
  const requestSignOut = () => {
    const count = unsent?.count() ?? 0;
    if (count > 0) {
      setUnsentCount(count);
      setSendFailed(false);
      unsentDialog.open();
    } else void signOut();
  };
  const sendThenSignOut = async () => {
    setSending(true);
    const sent = (await unsent?.sendNow()) ?? true;
    setSending(false);
    if (sent) void signOut();
    else setSendFailed(true);
  };
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
              <div className={classes.identity}>
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
          {passwordSignIn && (
            <Menu.Item leftSection={<IconKey size={16} />} onClick={passwordDialog.open}>
              Change password
            </Menu.Item>
          )}
          <Menu.Item leftSection={<IconLogout size={16} />} onClick={requestSignOut}>
            Sign out
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal
        opened={passwordOpen && passwordSignIn}
        onClose={passwordDialog.close}
        title="Change password"
        centered
      >
        <ChangePasswordForm email={user.email} onDone={passwordDialog.close} />
      </Modal>
      <Modal
        opened={unsentOpen}
        onClose={unsentDialog.close}
        title="Answers not saved yet"
        centered
      >
        <Stack gap="sm">
          <Text size="sm">
            {plural(unsentCount, 'answer')} in this browser {unsentCount === 1 ? 'has' : 'have'} not
            reached the server yet. Send {unsentCount === 1 ? 'it' : 'them'} before you sign out:
            signing out removes unsent answers from this browser, so that the next person on this
            computer never sees them.
          </Text>
          {sendFailed && (
            <Alert color="red" variant="light" title="Not everything could be sent">
              You may be offline, or an answer was refused (it is marked on its scorecard). Stay
              signed in to try again, or sign out and lose what was not sent.
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={unsentDialog.close}>
              Stay signed in
            </Button>
            <Button
              color="red"
              variant="outline"
              onClick={() => {
                unsentDialog.close();
                void signOut();
              }}
            >
              Sign out and discard
            </Button>
            <Button loading={sending} onClick={() => void sendThenSignOut()} data-autofocus>
              Send and sign out
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
