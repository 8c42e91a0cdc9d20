import { Button, Group, ScrollArea, Stack, Table, Text } from '@mantine/core';

import { plural } from '@/lib/plural';

import { DUPLICATE_PROBLEM } from '../../model/rejected-rows-csv';
import { DownloadRejectedButton } from './download-rejected-button';
import { ImportStep } from './use-candidate-import';

const PROBLEMS_SHOWN = 300;

/** The check's outcome before anything is written: what will be imported, skipped and left out. */
export function ImportPreview({
  step,
  onBack,
  onImport,
}: {
  step: Extract<ImportStep, { kind: 'preview' }>;
  onBack: () => void;
  onImport: () => void;
}) {
  const byRow = new Map(step.rows.map((row) => [row.row, row]));
  const invalid = step.check.filter((row) => row.errors.length > 0);
  const duplicates = step.check.filter((row) => row.errors.length === 0 && row.duplicate);
  const ready = step.check.length - invalid.length - duplicates.length;
  const problems = [...invalid, ...duplicates].sort((a, b) => a.row - b.row);

  return (
    <Stack gap="sm">
      <Group gap="lg">
        <Text size="sm">
          <b>{ready.toLocaleString('en')}</b> ready to import
        </Text>
        <Text size="sm" c={duplicates.length ? 'orange.9' : 'dimmed'}>
          <b>{duplicates.length.toLocaleString('en')}</b>{' '}
          {duplicates.length === 1 ? 'duplicate' : 'duplicates'} (skipped)
        </Text>
        <Text size="sm" c={invalid.length ? 'red.8' : 'dimmed'}>
          <b>{invalid.length.toLocaleString('en')}</b> with errors (left out)
        </Text>
      </Group>
      {step.ignored.length > 0 && (
        <Text size="xs" c="dimmed">
          Columns not imported: {step.ignored.join(', ')}.
        </Text>
      )}
      {problems.length > 0 && (
        <ScrollArea.Autosize mah={320}>
          <Table aria-label="Rows with problems" verticalSpacing={4} stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Row</Table.Th>
                <Table.Th>Name</Table.Th>
                <Table.Th>Email</Table.Th>
                <Table.Th>Problem</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {problems.slice(0, PROBLEMS_SHOWN).map((row) => (
                <Table.Tr key={row.row}>
                  <Table.Td>{row.row}</Table.Td>
                  <Table.Td>{byRow.get(row.row)?.name ?? ''}</Table.Td>
                  <Table.Td>{byRow.get(row.row)?.email ?? ''}</Table.Td>
                  <Table.Td>
                    {row.errors.length > 0 ? (
                      <Stack gap={0}>
                        {row.errors.map((problem) => (
                          <Text key={`${problem.field}-${problem.message}`} size="xs" c="red.8">
                            {problem.field}: {problem.message}
                          </Text>
                        ))}
                      </Stack>
                    ) : (
                      <Text size="xs" c="orange.9">
                        {DUPLICATE_PROBLEM}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {problems.length > PROBLEMS_SHOWN && (
            <Text size="xs" c="dimmed" mt={4}>
              And {plural(problems.length - PROBLEMS_SHOWN, 'more row', 'more rows')} with problems:
              the download has them all.
            </Text>
          )}
        </ScrollArea.Autosize>
      )}
      <Group justify="flex-end">
        <DownloadRejectedButton rows={step.rows} check={step.check} />
        <Button variant="default" onClick={onBack}>
          Choose another file
        </Button>
        <Button disabled={ready === 0} onClick={onImport}>
          Import {plural(ready, 'candidate')}
        </Button>
      </Group>
    </Stack>
  );
}
