import { ImportResult } from '@calibrate/contracts';
import { Alert, Button, Group, Stack } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';

/** What the import wrote and what it left out. */
export function ImportDone({ result, onClose }: { result: ImportResult; onClose: () => void }) {
  return (
    <Stack gap="sm">
      <Alert color="teal" icon={<IconCircleCheck size={18} />} title="Import finished">
        {result.created.toLocaleString('en')} candidates imported
        {result.duplicates.length > 0 &&
          `, ${result.duplicates.length.toLocaleString('en')} duplicates skipped`}
        {result.invalid.length > 0 &&
          `, ${result.invalid.length.toLocaleString('en')} rows with errors left out`}
        .
      </Alert>
      <Group justify="flex-end">
        <Button onClick={onClose}>Close</Button>
      </Group>
    </Stack>
  );
}
