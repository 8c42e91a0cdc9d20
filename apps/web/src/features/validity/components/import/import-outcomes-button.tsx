import { Button, ButtonProps } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { useState } from 'react';

import { useCan } from '@/features/auth';

import { ImportOutcomes } from './import-outcomes';

/** "Import outcomes" and its dialog; nothing for those who may not record outcomes. */
export function ImportOutcomesButton({ variant = 'filled' }: { variant?: ButtonProps['variant'] }) {
  const canRecord = useCan('outcomes.record');
  const [opened, setOpened] = useState(false);
  if (!canRecord) return null;
  return (
    <>
      <Button
        variant={variant}
        leftSection={<IconFileUpload size={16} aria-hidden />}
        onClick={() => setOpened(true)}
      >
        Import outcomes
      </Button>
      <ImportOutcomes opened={opened} onClose={() => setOpened(false)} />
    </>
  );
}
