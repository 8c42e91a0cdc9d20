import { Notification } from '@calibrate/contracts';
import {
  ActionIcon,
  Alert,
  Box,
  Button,
  Group,
  Indicator,
  Loader,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBell, IconCircleCheck, IconSettings } from '@tabler/icons-react';
import { useNavigate } from 'react-router';

import { useLatestNotifications, useMarkAllRead, useMarkRead } from '../api/notifications';
import { NotificationSettingsModal } from './notification-settings-modal';

const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * The header's bell: the unread count on it, and a popover with the newest notifications. An
 * item opens what it is about (and marks it read); "Mark all read" clears the count.
 */
export function NotificationBell() {
  const [opened, popover] = useDisclosure(false);
  const [settingsOpened, settings] = useDisclosure(false);
  const latest = useLatestNotifications();
  const unread = latest.data?.unreadCount ?? 0;
  const label = unread > 0 ? `Notifications, ${unread} unread` : 'Notifications, none unread';

  const openSettings = () => {
    popover.close();
    settings.open();
  };

  return (
    <>
      <Popover
        opened={opened}
        onChange={(open) => (open ? popover.open() : popover.close())}
        position="bottom-end"
        width={360}
        shadow="md"
        trapFocus
        returnFocus
        withArrow
        // The header is fixed: the bell never scrolls away (and jsdom has no layout to tell).
        hideDetached={false}
      >
        {/* The target is the button itself: it gets aria-expanded and aria-haspopup (not the badge). */}
        <Indicator
          label={unread > 99 ? '99+' : unread}
          size={18}
          color="red"
          offset={4}
          disabled={unread === 0}
        >
          <Popover.Target>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={label}
              onClick={popover.toggle}
            >
              <IconBell size={20} stroke={1.7} />
            </ActionIcon>
          </Popover.Target>
        </Indicator>
        {/* Named by the bell (aria-labelledby). */}
        <Popover.Dropdown p={0}>
          <NotificationList onDone={popover.close} onSettings={openSettings} />
        </Popover.Dropdown>
      </Popover>
      <NotificationSettingsModal opened={settingsOpened} onClose={settings.close} />
    </>
  );
}

function NotificationList({ onDone, onSettings }: { onDone: () => void; onSettings: () => void }) {
  const latest = useLatestNotifications();
  const markAll = useMarkAllRead();

  if (latest.isPending) {
    return (
      <Group justify="center" p="lg">
        <Loader size="sm" aria-label="Loading notifications" />
      </Group>
    );
  }
  if (latest.isError) {
    return (
      <Alert color="red" m="sm" title="Notifications could not be loaded">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{latest.error.message}</Text>
          <Button size="compact-sm" variant="light" onClick={() => void latest.refetch()}>
            Try again
          </Button>
        </Stack>
      </Alert>
    );
  }
  const { items, unreadCount } = latest.data;
  return (
    <Stack gap={0}>
      <Group justify="space-between" px="md" py="xs">
        <Text fw={600} size="sm">
          Notifications
        </Text>
        <Group gap={4}>
          {unreadCount > 0 && (
            <Button
              size="compact-xs"
              variant="subtle"
              loading={markAll.isPending}
              onClick={() => markAll.mutate()}
            >
              Mark all read
            </Button>
          )}
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label="Notification settings"
            onClick={onSettings}
          >
            <IconSettings size={16} />
          </ActionIcon>
        </Group>
      </Group>
      {items.length === 0 ? (
        <Stack align="center" gap={4} p="lg">
          <IconCircleCheck size={28} aria-hidden />
          <Text size="sm">You're all caught up</Text>
        </Stack>
      ) : (
        <ScrollArea.Autosize mah={420}>
          <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Notifications">
            {items.map((item) => (
              <NotificationItem key={item.id} item={item} onOpen={onDone} />
            ))}
          </Box>
        </ScrollArea.Autosize>
      )}
    </Stack>
  );
}

function NotificationItem({ item, onOpen }: { item: Notification; onOpen: () => void }) {
  const markRead = useMarkRead();
  const navigate = useNavigate();
  const unread = item.readAt === null;
  const open = () => {
    if (unread) markRead.mutate(item.id);
    onOpen();
    if (item.link) void navigate(item.link);
  };
  return (
    <Box component="li" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
      <UnstyledButton
        onClick={open}
        w="100%"
        px="md"
        py="xs"
        aria-label={`${unread ? 'Unread: ' : ''}${item.title}`}
        bg={unread ? 'blue.0' : undefined}
      >
        <Text size="sm" fw={unread ? 600 : 400}>
          {item.title}
        </Text>
        {item.body && (
          <Text size="xs" c="dimmed">
            {item.body}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {when.format(new Date(item.createdAt))}
        </Text>
      </UnstyledButton>
    </Box>
  );
}
