import { Alert, Modal, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';

import { ImportProgress } from '@/components/ui/import-progress';

import { JobOption } from '../../model/job-option';
import { ImportDone } from './import-done';
import { ImportPickStep } from './import-pick-step';
import { ImportPreview } from './import-preview';
import { useCandidateImport } from './use-candidate-import';

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
  const { jobId, setJobId, file, setFile, step, error, busy, reset, check, runImport } =
    useCandidateImport(defaultJobId);
  const close = () => {
    if (busy) return;
    reset();
    onClose();
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
          <ImportPickStep
            jobs={jobs}
            jobId={jobId}
            onJobChange={setJobId}
            file={file}
            onFileChange={setFile}
            onCancel={close}
            onCheck={() => void check()}
          />
        )}
        {(step.kind === 'checking' || step.kind === 'importing') && <ImportProgress step={step} />}
        {step.kind === 'preview' && (
          <ImportPreview
            step={step}
            onBack={reset}
            onImport={() => void runImport(step.rows, step.check)}
          />
        )}
        {step.kind === 'done' && (
          <ImportDone result={step.result} rows={step.rows} onClose={close} />
        )}
      </Stack>
    </Modal>
  );
}
