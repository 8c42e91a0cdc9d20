import { Progress, Stack, Text } from '@mantine/core';

import { OutcomeImportStep } from './use-outcome-import';

/** Rows checked or imported so far. */
export function OutcomeImportProgress({
  step,
}: {
  step: Extract<OutcomeImportStep, { kind: 'checking' | 'importing' }>;
}) {
  return (
    <Stack gap="xs" py="md">
      <Text size="sm">
        {step.kind === 'checking' ? 'Checking' : 'Importing'} {step.done.toLocaleString('en')} of{' '}
        {step.total.toLocaleString('en')} rows…
      </Text>
      <Progress
        value={step.total === 0 ? 100 : (step.done / step.total) * 100}
        animated
        aria-label={step.kind === 'checking' ? 'Check progress' : 'Import progress'}
      />
    </Stack>
  );
}
