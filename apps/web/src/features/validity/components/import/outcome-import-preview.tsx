import { outcomeDefinitions } from '@calibrate/contracts';
import { Button, Group, ScrollArea, Stack, Table, Text } from '@mantine/core';

import { plural } from '@/lib/plural';

import { DownloadRejectedOutcomesButton } from './download-rejected-outcomes-button';
import { MergeNote } from './merge-note';
import { isReady, OutcomeImportStep } from './use-outcome-import';

const PROBLEMS_SHOWN = 300;

/** The check's outcome before anything is written: what will be recorded, what is left out. */
export function OutcomeImportPreview({
  step,
  onBack,
  onImport,
}: {
  step: Extract<OutcomeImportStep, { kind: 'preview' }>;
  onBack: () => void;
  onImport: () => void;
}) {
  const invalid = step.check.filter((row) => row.errors.length > 0);
  const ready = step.check.filter(isReady);
  const unchanged = step.check.length - invalid.length - ready.length;

  return (
    <Stack gap="sm">
      <Group gap="lg">
        <Text size="sm">
          <b>{ready.length.toLocaleString('en')}</b> {ready.length === 1 ? 'hire' : 'hires'} to
          update
        </Text>
        <Text size="sm" c="dimmed">
          <b>{unchanged.toLocaleString('en')}</b> unchanged (skipped)
        </Text>
        <Text size="sm" c={invalid.length ? 'red.8' : 'dimmed'}>
          <b>{invalid.length.toLocaleString('en')}</b> with errors (left out)
        </Text>
      </Group>
      <Text size="sm" aria-label="Columns recognised">
        Columns recognised:{' '}
        {step.columns.map((c, index) => (
          <span key={c.header}>
            {index > 0 && ', '}“{c.header}”
            {c.header.toLowerCase() !== c.label.toLowerCase() && <> as {c.label}</>}
          </span>
        ))}
        .
      </Text>
      {step.ignored.length > 0 && (
        <Text size="xs" c="dimmed">
          Columns not imported: {step.ignored.join(', ')}.
        </Text>
      )}
      <MergeNote />
      {invalid.length > 0 && (
        <ScrollArea.Autosize mah={320}>
          <Table aria-label="Rows with problems" verticalSpacing={4} stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Row</Table.Th>
                <Table.Th>Email</Table.Th>
                <Table.Th>Hire</Table.Th>
                <Table.Th>Problem</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invalid.slice(0, PROBLEMS_SHOWN).map((row) => (
                <Table.Tr key={row.row}>
                  <Table.Td>{row.row}</Table.Td>
                  <Table.Td>{row.email}</Table.Td>
                  <Table.Td>{row.candidateName ?? ''}</Table.Td>
                  <Table.Td>
                    <Stack gap={0}>
                      {row.errors.map((problem) => (
                        <Text key={`${problem.field}-${problem.message}`} size="xs" c="red.8">
                          {problem.message}
                        </Text>
                      ))}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {invalid.length > PROBLEMS_SHOWN && (
            <Text size="xs" c="dimmed" mt={4}>
              And {plural(invalid.length - PROBLEMS_SHOWN, 'more row', 'more rows')} with problems:
              the download has them all.
            </Text>
          )}
        </ScrollArea.Autosize>
      )}
      {ready.length > 0 && <ChangesLine ready={ready} />}
      <Group justify="flex-end">
        <DownloadRejectedOutcomesButton rows={step.rows} check={step.check} />
        <Button variant="default" onClick={onBack}>
          Choose another file
        </Button>
        <Button disabled={ready.length === 0} onClick={onImport}>
          Update {plural(ready.length, 'hire')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Which figures the import changes, and for how many hires. */
function ChangesLine({
  ready,
}: {
  ready: Extract<OutcomeImportStep, { kind: 'preview' }>['check'];
}) {
  const counts = new Map<keyof typeof outcomeDefinitions, number>();
  for (const row of ready)
    for (const key of row.changes) counts.set(key, (counts.get(key) ?? 0) + 1);
  return (
    <Text size="sm">
      Changes:{' '}
      {[...counts]
        .map(([key, count]) => `${outcomeDefinitions[key].label} for ${plural(count, 'hire')}`)
        .join(', ')}
      .
    </Text>
  );
}
