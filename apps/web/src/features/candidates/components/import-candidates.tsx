import { CANDIDATE_IMPORT_BATCH, ImportCheck, ImportResult, ImportRow } from '@calibrate/contracts';
import {
  Alert,
  Button,
  FileInput,
  Group,
  Modal,
  Progress,
  ScrollArea,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconFileUpload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { ApiError } from '@/lib/api-client';

import { candidateQueries } from '../api/get-candidates';
import { checkImportBatch, importBatch } from '../api/import-candidates';
import { batches, readCandidateCsv } from '../model/read-candidate-csv';
import { JobOption } from './candidates-table';

const PROBLEMS_SHOWN = 300;

type Step =
  | { kind: 'pick' }
  | { kind: 'checking'; done: number; total: number }
  | { kind: 'preview'; rows: ImportRow[]; check: ImportCheck['rows']; ignored: string[] }
  | { kind: 'importing'; done: number; total: number }
  | { kind: 'done'; result: ImportResult };

/**
 * Import candidates into a job from a CSV: the file is read in the browser, every row is checked
 * by the API (errors, duplicates) before anything is written, then imported in batches with a
 * progress bar. Duplicates by email are reported and skipped.
 */
export function ImportCandidates({
  opened,
  onClose,
  jobs,
  defaultJobId,
}: {
  opened: boolean;
  onClose: () => void;
  jobs: JobOption[];
  defaultJobId?: string;
}) {
  const queryClient = useQueryClient();
  const [jobId, setJobId] = useState<string | null>(defaultJobId ?? null);
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'pick' });
  const [error, setError] = useState<string | null>(null);

  const reset = () => {
    setFile(null);
    setStep({ kind: 'pick' });
    setError(null);
  };
  const close = () => {
    if (step.kind === 'checking' || step.kind === 'importing') return;
    reset();
    onClose();
  };

  const check = async () => {
    if (!file || !jobId) return;
    setError(null);
    try {
      const { rows, ignoredColumns } = readCandidateCsv(await file.text());
      const parts = batches(rows, CANDIDATE_IMPORT_BATCH);
      const results: ImportCheck['rows'] = [];
      setStep({ kind: 'checking', done: 0, total: rows.length });
      const seen = new Set<string>();
      for (const part of parts) {
        const checked = await checkImportBatch(jobId, part);
        // Each batch knows the emails on file; the browser knows the file's earlier batches.
        for (const row of checked.rows) {
          results.push({
            ...row,
            duplicate: row.duplicate || (row.email !== '' && seen.has(row.email)),
          });
          if (row.email) seen.add(row.email);
        }
        setStep({ kind: 'checking', done: results.length, total: rows.length });
      }
      setStep({ kind: 'preview', rows, check: results, ignored: ignoredColumns });
    } catch (caught) {
      setStep({ kind: 'pick' });
      setError(caught instanceof Error ? caught.message : 'The file could not be read.');
    }
  };

  const runImport = async (rows: ImportRow[], check: ImportCheck['rows']) => {
    if (!jobId) return;
    const ready = new Set(
      check.filter((row) => row.errors.length === 0 && !row.duplicate).map((row) => row.row),
    );
    const toImport = rows.filter((row) => ready.has(row.row));
    const total: ImportResult = {
      created: 0,
      duplicates: check
        .filter((row) => row.duplicate && row.errors.length === 0)
        .map((row) => ({ row: row.row, email: row.email })),
      invalid: check
        .filter((row) => row.errors.length > 0)
        .map((row) => ({ row: row.row, errors: row.errors })),
    };
    setStep({ kind: 'importing', done: 0, total: toImport.length });
    let done = 0;
    try {
      for (const part of batches(toImport, CANDIDATE_IMPORT_BATCH)) {
        const result = await importBatch(jobId, part);
        total.created += result.created;
        // Someone may have added one of these emails since the check: still reported, not doubled.
        total.duplicates.push(...result.duplicates);
        total.invalid.push(...result.invalid);
        done += part.length;
        setStep({ kind: 'importing', done, total: toImport.length });
      }
      setStep({ kind: 'done', result: total });
    } catch (caught) {
      setStep({ kind: 'done', result: total });
      setError(
        `${caught instanceof ApiError ? caught.message : 'The import stopped.'} ${total.created} candidates were imported before it stopped; importing the file again skips them as duplicates.`,
      );
    } finally {
      await queryClient.invalidateQueries({ queryKey: candidateQueries.all() });
    }
  };

  return (
    <Modal opened={opened} onClose={close} title="Import candidates from CSV" size="xl">
      <Stack gap="md">
        {error && (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title="Import problem">
            {error}
          </Alert>
        )}
        {step.kind === 'pick' && (
          <>
            <Text size="sm" c="dimmed">
              One row per candidate, with a header row. Columns: name and email (required), phone,
              source, languages (“Spanish C1; English B2”), shifts (“day; night”), typing WPM.
              Nothing is written until you have seen the check.
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label="Into job"
                placeholder="Choose a job"
                data={jobs.map((job) => ({ value: job.id, label: job.title }))}
                value={jobId}
                onChange={setJobId}
                searchable
                required
              />
              <FileInput
                label="CSV file"
                placeholder="Choose a .csv file"
                accept=".csv,text/csv"
                leftSection={<IconFileUpload size={16} />}
                value={file}
                onChange={setFile}
                clearable
                required
              />
            </SimpleGrid>
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button disabled={!file || !jobId} onClick={() => void check()}>
                Check file
              </Button>
            </Group>
          </>
        )}
        {(step.kind === 'checking' || step.kind === 'importing') && (
          <Stack gap="xs" py="md">
            <Text size="sm">
              {step.kind === 'checking' ? 'Checking' : 'Importing'} {step.done.toLocaleString('en')}{' '}
              of {step.total.toLocaleString('en')} rows…
            </Text>
            <Progress
              value={step.total === 0 ? 100 : (step.done / step.total) * 100}
              animated
              aria-label={step.kind === 'checking' ? 'Check progress' : 'Import progress'}
            />
          </Stack>
        )}
        {step.kind === 'preview' && (
          <Preview
            step={step}
            onBack={reset}
            onImport={() => void runImport(step.rows, step.check)}
          />
        )}
        {step.kind === 'done' && (
          <Stack gap="sm">
            <Alert color="teal" icon={<IconCircleCheck size={18} />} title="Import finished">
              {step.result.created.toLocaleString('en')} candidates imported
              {step.result.duplicates.length > 0 &&
                `, ${step.result.duplicates.length.toLocaleString('en')} duplicates skipped`}
              {step.result.invalid.length > 0 &&
                `, ${step.result.invalid.length.toLocaleString('en')} rows with errors left out`}
              .
            </Alert>
            <Group justify="flex-end">
              <Button onClick={close}>Close</Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Modal>
  );
}

function Preview({
  step,
  onBack,
  onImport,
}: {
  step: Extract<Step, { kind: 'preview' }>;
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
          <b>{duplicates.length.toLocaleString('en')}</b> duplicates (skipped)
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
                        Duplicate: a candidate with this email exists
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {problems.length > PROBLEMS_SHOWN && (
            <Text size="xs" c="dimmed" mt={4}>
              And {problems.length - PROBLEMS_SHOWN} more rows with problems.
            </Text>
          )}
        </ScrollArea.Autosize>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onBack}>
          Choose another file
        </Button>
        <Button disabled={ready === 0} onClick={onImport}>
          Import {ready.toLocaleString('en')} candidates
        </Button>
      </Group>
    </Stack>
  );
}
