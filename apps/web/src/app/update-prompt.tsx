import { Affix, Button, Group, Notification, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useState, useSyncExternalStore } from 'react';

import { ServiceWorkerUpdates, serviceWorkerUpdates } from '@/lib/offline/service-worker';

/**
 * "A new version of Calibrate is ready": shown while a new build's service worker waits, so a
 * deploy never leaves an old shell stuck. It never takes focus (the interviewer may be typing a
 * note); it is announced politely and reached with Tab. Reload asks first when answers are still
 * unsent (the save queue's leave-page guard).
 */
export function UpdatePrompt({
  updates = serviceWorkerUpdates,
}: {
  updates?: ServiceWorkerUpdates;
}) {
  const ready = useSyncExternalStore(updates.subscribe, updates.updateReady, updates.updateReady);
  const [dismissed, setDismissed] = useState(false);
  const shown = ready && !dismissed;
  // The live region is there before its content, so the message is announced when it appears.
  return (
    <Affix position={{ bottom: 16, right: 16 }} zIndex={400}>
      <div role="status" aria-live="polite">
        {shown && (
          <Notification
            title="A new version of Calibrate is ready"
            icon={<IconRefresh size={18} aria-hidden />}
            withCloseButton
            closeButtonProps={{ 'aria-label': 'Not now' }}
            onClose={() => setDismissed(true)}
            withBorder
            maw={380}
          >
            <Text size="sm" c="var(--mantine-color-text)">
              Reload to use it. What you have typed is kept.
            </Text>
            <Group mt="xs">
              <Button size="xs" onClick={() => updates.reload()}>
                Reload
              </Button>
            </Group>
          </Notification>
        )}
      </div>
    </Affix>
  );
}
