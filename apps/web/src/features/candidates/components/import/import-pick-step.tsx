import { Button, FileInput, Group, Select, SimpleGrid, Text } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';

import { JobOption } from '../../model/job-option';

/** The first step: which job, which file. */
export function ImportPickStep({
  jobs,
  jobId,
  onJobChange,
  file,
  onFileChange,
  onCancel,
  onCheck,
}: {
  jobs: JobOption[];
  jobId: string | null;
  onJobChange: (jobId: string | null) => void;
  file: File | null;
  onFileChange: (file: File | null) => void;
  onCancel: () => void;
  onCheck: () => void;
}) {
  return (
    <>
      <Text size="sm" c="dimmed">
        One row per candidate, with a header row. Columns: name and email (required), phone, source,
        languages (“Spanish C1; English B2”), shifts (“day; night”), typing WPM. Nothing is written
        until you have seen the check.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Into job"
          placeholder="Choose a job"
          data={jobs.map((job) => ({ value: job.id, label: job.title }))}
          value={jobId}
          onChange={onJobChange}
          searchable
          required
        />
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
      </SimpleGrid>
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
        <Button disabled={!file || !jobId} onClick={onCheck}>
          Check file
        </Button>
      </Group>
    </>
  );
}
