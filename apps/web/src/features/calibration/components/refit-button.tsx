import { Button } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';

/** Starts a refit (admins); says "Refitting…" and stays disabled while a fit runs. */
export function RefitButton({ running, onRefit }: { running: boolean; onRefit: () => void }) {
  return (
    <Button
      variant="default"
      leftSection={<IconRefresh size={16} aria-hidden />}
      disabled={running}
      onClick={onRefit}
    >
      {running ? 'Refitting…' : 'Refit now'}
    </Button>
  );
}
