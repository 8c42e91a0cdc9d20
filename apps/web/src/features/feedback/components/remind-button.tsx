import { Button, Stack, Text } from '@mantine/core';
import { IconBellRinging } from '@tabler/icons-react';

import { ApiError } from '@/lib/api-client';

import { formatHours } from '../model/durations';

/** "Last reminded 3 h ago", or nothing when never reminded. */
export function lastReminded(at: string | null, now = Date.now()): string | null {
  if (!at) return null;
  const hours = (now - new Date(at).getTime()) / 3_600_000;
  return hours < 1 / 60 ? 'Reminded just now' : `Reminded ${formatHours(hours)} ago`;
}

/**
 * A remind button with what happened under it: when it was last reminded, or why it cannot be
 * reminded yet (once an hour per scorecard).
 */
export function RemindButton({
  label,
  description,
  lastRemindedAt,
  pending,
  error,
  onRemind,
}: {
  label: string;
  /** The accessible name: what the button reminds whom of. */
  description: string;
  lastRemindedAt: string | null;
  pending: boolean;
  error: unknown;
  onRemind: () => void;
}) {
  const tooSoon = error instanceof ApiError && error.code === 'REMINDER_TOO_SOON';
  const note = tooSoon
    ? 'Reminded less than an hour ago'
    : error instanceof Error
      ? error.message
      : lastReminded(lastRemindedAt);
  return (
    <Stack gap={2} align="flex-end">
      <Button
        size="compact-xs"
        variant="light"
        leftSection={<IconBellRinging size={14} />}
        loading={pending}
        onClick={onRemind}
        aria-label={description}
      >
        {label}
      </Button>
      {note && (
        <Text size="xs" c={error ? 'red.8' : 'dimmed'} role={error ? 'alert' : undefined}>
          {note}
        </Text>
      )}
    </Stack>
  );
}
