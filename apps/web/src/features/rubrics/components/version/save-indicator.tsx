import { Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCloudOff, IconLoader2 } from '@tabler/icons-react';

import { DraftSaveState } from './use-draft-autosave';

/** Where the draft's autosave stands, announced politely to screen readers. */
export function SaveIndicator({ state }: { state: DraftSaveState }) {
  const [icon, text] =
    state.kind === 'saved'
      ? [
          <IconCircleCheck key="i" size={16} color="var(--mantine-color-teal-9)" />,
          'All changes saved',
        ]
      : state.kind === 'saving' || state.kind === 'unsaved'
        ? [<IconLoader2 key="i" size={16} />, 'Saving…']
        : state.kind === 'offline'
          ? [
              <IconCloudOff key="i" size={16} color="var(--mantine-color-orange-9)" />,
              'Offline: kept in this browser, retrying',
            ]
          : state.kind === 'conflict'
            ? [
                <IconAlertTriangle key="i" size={16} color="var(--mantine-color-red-8)" />,
                'Not saved: someone else saved this draft',
              ]
            : [
                <IconAlertTriangle key="i" size={16} color="var(--mantine-color-red-8)" />,
                `Not saved: ${state.message}`,
              ];
  return (
    <Group gap={6} role="status" aria-live="polite" data-save-state={state.kind} wrap="nowrap">
      {icon}
      <Text size="sm">{text}</Text>
    </Group>
  );
}
