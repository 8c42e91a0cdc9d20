import { UpdateCandidate } from '@calibrate/contracts';
import { Alert, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';

import { ConflictingFields, describeValue, fieldLabels } from '../../model/candidate-edit';

/** What someone else saved to the fields this edit changes too. */
export function ConflictAlert({ conflict }: { conflict: ConflictingFields }) {
  return (
    <Alert
      color="orange"
      icon={<IconAlertCircle size={18} />}
      title="Someone else changed this candidate while you were editing"
    >
      <Stack gap={4}>
        {Object.entries(conflict).map(([field, value]) => (
          <Text size="sm" key={field}>
            {fieldLabels[field as keyof UpdateCandidate]} is now {describeValue(value)}.
          </Text>
        ))}
        <Text size="sm">Save again to replace it with yours, or cancel to keep theirs.</Text>
      </Stack>
    </Alert>
  );
}
