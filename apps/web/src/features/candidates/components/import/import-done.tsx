import { ImportCheck, ImportResult, ImportRow } from '@calibrate/contracts';
import { Alert, Button, Group, Stack } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';

import { plural } from '@/lib/plural';

import { DownloadRejectedButton } from './download-rejected-button';

/** What the import wrote and what it left out (to download, fix and import again). */
export function ImportDone({
  result,
  rows,
  onClose,
}: {
  result: ImportResult;
  /** The file's rows, for the download of those left out. */
  rows: ImportRow[];
  onClose: () => void;
}) {
  // The import's own outcome: a duplicate found only at import time is left out too.
  const leftOut: ImportCheck['rows'] = [
    ...result.invalid.map((row) => ({
      row: row.row,
      email: '',
      errors: row.errors,
      duplicate: false,
    })),
    ...result.duplicates.map((row) => ({
      row: row.row,
      email: row.email,
      errors: [],
      duplicate: true,
    })),
  ].sort((a, b) => a.row - b.row);
  return (
    <Stack gap="sm">
      <Alert color="teal" icon={<IconCircleCheck size={18} />} title="Import finished">
        {plural(result.created, 'candidate')} imported
        {result.duplicates.length > 0 &&
          `, ${plural(result.duplicates.length, 'duplicate')} skipped`}
        {result.invalid.length > 0 &&
          `, ${plural(result.invalid.length, 'row', 'rows')} with errors left out`}
        .
      </Alert>
      <Group justify="flex-end">
        <DownloadRejectedButton rows={rows} check={leftOut} />
        <Button onClick={onClose}>Close</Button>
      </Group>
    </Stack>
  );
}
