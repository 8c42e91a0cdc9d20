import { OutcomeImportCheckRow, OutcomeImportRow } from '@calibrate/contracts';
import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';

import { downloadCsv } from '@/lib/download-csv';
import { plural } from '@/lib/plural';

import { outcomeRejectedRowsCsv, rejectedOutcomeRows } from '../../model/outcome-rejected-rows-csv';

/** "Download 3 rejected rows": the rows left out with their problems, to fix and import again. */
export function DownloadRejectedOutcomesButton({
  rows,
  check,
}: {
  rows: OutcomeImportRow[];
  check: OutcomeImportCheckRow[];
}) {
  const count = rejectedOutcomeRows(check).length;
  if (count === 0) return null;
  return (
    <Button
      variant="default"
      leftSection={<IconDownload size={16} aria-hidden />}
      onClick={() => {
        const csv = outcomeRejectedRowsCsv(rows, check);
        if (csv)
          downloadCsv(`rejected-outcome-rows-${new Date().toISOString().slice(0, 10)}.csv`, csv);
      }}
    >
      Download {plural(count, 'rejected row')}
    </Button>
  );
}
