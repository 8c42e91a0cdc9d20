import { Button, FileInput, Group, Text } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';

import { MergeNote } from './merge-note';

/** The first step: which file. */
export function OutcomeImportPickStep({
  file,
  onFileChange,
  onCancel,
  onCheck,
}: {
  file: File | null;
  onFileChange: (file: File | null) => void;
  onCancel: () => void;
  onCheck: () => void;
}) {
  return (
    <>
      <Text size="sm" c="dimmed">
        One row per hire, with a header row. Columns: the hire’s email (required) and any of nesting
        QA (0–100), AHT (seconds, “395”, or “6:35”), FCR % and CSAT % (“78” or “78%”), still there
        at 30 and 90 days (yes/no, y/n, true/false, 1/0, active/left/terminated). Nothing is written
        until you have seen the check.
      </Text>
      <MergeNote />
      <FileInput
        label="CSV file"
        placeholder="Choose a .csv file"
        accept=".csv,text/csv"
        leftSection={<IconFileUpload size={16} />}
        value={file}
        onChange={onFileChange}
        clearable
        required
        // Mantine's placeholder grey is 2.1:1 on white; this one is text the user must read.
        styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
        <Button disabled={!file} onClick={onCheck}>
          Check file
        </Button>
      </Group>
    </>
  );
}
