import { NotificationPreferences } from '@calibrate/contracts';
import { Alert, Modal, Skeleton, Stack, Switch, Text } from '@mantine/core';

import { QueryState } from '@/components/ui/query-state';

import { useNotificationPreferences, useSavePreferences } from '../api/notifications';

const choices: { key: keyof NotificationPreferences; label: string; description: string }[] = [
  {
    key: 'inApp',
    label: 'In the app',
    description: 'Reminders and escalations show under the bell.',
  },
  {
    key: 'email',
    label: 'By e-mail',
    description: 'Each notification also comes by e-mail.',
  },
  {
    key: 'dailyDigest',
    label: 'Daily digest',
    description: 'One e-mail each morning with the scorecards you owe and what you have not read.',
  },
];

/** How the signed-in user wants to be notified; each switch saves as it is turned. */
export function NotificationSettingsModal({
  opened,
  onClose,
}: {
  opened: boolean;
  onClose: () => void;
}) {
  const preferences = useNotificationPreferences();
  return (
    <Modal opened={opened} onClose={onClose} title="Notification settings">
      <QueryState
        query={preferences}
        loading={<Skeleton height={140} aria-label="Loading notification settings" />}
        errorTitle="Notification settings could not be loaded"
        errorMessage={preferences.error?.message}
      >
        {(saved) => <PreferenceSwitches saved={saved} />}
      </QueryState>
    </Modal>
  );
}

function PreferenceSwitches({ saved }: { saved: NotificationPreferences }) {
  const save = useSavePreferences();
  // While a change is on its way the switch shows it; on failure it shows what is saved.
  const shown = save.isPending ? save.variables : saved;
  return (
    <Stack gap="md">
      {choices.map((choice) => (
        <Switch
          key={choice.key}
          label={choice.label}
          description={choice.description}
          checked={shown[choice.key]}
          onChange={(event) => save.mutate({ ...shown, [choice.key]: event.currentTarget.checked })}
        />
      ))}
      <Text size="sm" c="dimmed" role="status" aria-live="polite">
        {save.isPending ? 'Saving…' : save.isSuccess ? 'Saved.' : ''}
      </Text>
      {save.isError && (
        <Alert color="red" title="Not saved">
          {save.error.message}
        </Alert>
      )}
    </Stack>
  );
}
