import { Progress, Stack, Text } from '@mantine/core';

/** A CSV import's rows checked or imported so far (candidates, outcomes). */
export function ImportProgress({
  step,
}: {
  step: { kind: 'checking' | 'importing'; done: number; total: number };
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
