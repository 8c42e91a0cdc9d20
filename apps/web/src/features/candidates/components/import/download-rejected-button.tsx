import { ImportCheck, ImportRow } from '@calibrate/contracts';
import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';

import { downloadCsv } from '@/lib/download-csv';
import { plural } from '@/lib/plural';

import { rejectedRows, rejectedRowsCsv } from '../../model/rejected-rows-csv';

/** "Download 3 rejected rows": the rows left out with their problems, to fix and import again. */
export function DownloadRejectedButton({
  rows,
  check,
}: {
  rows: ImportRow[];
  check: ImportCheck['rows'];
}) {
  const count = rejectedRows(check).length;
  if (count === 0) return null;
  return (
    <Button
      variant="default"
      leftSection={<IconDownload size={16} aria-hidden />}
      onClick={() => {
        const csv = rejectedRowsCsv(rows, check);
        if (csv) downloadCsv(`rejected-rows-${new Date().toISOString().slice(0, 10)}.csv`, csv);
      }}
    >
      Download {plural(count, 'rejected row')}
    </Button>
  );
}
