import { OutcomeImportCheckRow, OutcomeImportResult, OutcomeImportRow } from '@calibrate/contracts';
import { Alert, Button, Group, Stack } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';

import { plural } from '@/lib/plural';

import { DownloadRejectedOutcomesButton } from './download-rejected-outcomes-button';

/** What the import wrote and what it left out (to download, fix and import again). */
export function OutcomeImportDone({
  result,
  rows,
  onClose,
}: {
  result: OutcomeImportResult;
  /** The file's rows, for the download of those left out. */
  rows: OutcomeImportRow[];
  onClose: () => void;
}) {
  const leftOut: OutcomeImportCheckRow[] = result.invalid.map((row) => ({
    row: row.row,
    email: '',
    candidateName: null,
    errors: row.errors,
    changes: [],
  }));
  return (
    <Stack gap="sm">
      <Alert color="teal" icon={<IconCircleCheck size={18} />} title="Import finished">
        Outcomes recorded for {plural(result.recorded, 'hire')}
        {result.unchanged.length > 0 && `, ${plural(result.unchanged.length, 'row')} unchanged`}
        {result.invalid.length > 0 &&
          `, ${plural(result.invalid.length, 'row', 'rows')} with errors left out`}
        .
      </Alert>
      <Group justify="flex-end">
        <DownloadRejectedOutcomesButton rows={rows} check={leftOut} />
        <Button onClick={onClose}>Close</Button>
      </Group>
    </Stack>
  );
}
