import { Alert, Modal, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';

import { ImportProgress } from '@/components/ui/import-progress';

import { OutcomeImportDone } from './outcome-import-done';
import { OutcomeImportPickStep } from './outcome-import-pick-step';
import { OutcomeImportPreview } from './outcome-import-preview';
import { useOutcomeImport } from './use-outcome-import';

/**
 * Hires' post-hire outcomes from a CSV (the workforce team's spreadsheet): the file is read in
 * the browser, every row is checked by the API (hire by email, figures) before anything is
 * written, then merged into the records in batches with a progress bar.
 */
export function ImportOutcomes({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { file, setFile, step, error, busy, reset, check, runImport } = useOutcomeImport();
  const close = () => {
    if (busy) return;
    reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title="Import outcomes from CSV" size="xl">
      <Stack gap="md">
        {error && (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title="Import problem">
            {error}
          </Alert>
        )}
        {step.kind === 'pick' && (
          <OutcomeImportPickStep
            file={file}
            onFileChange={setFile}
            onCancel={close}
            onCheck={() => void check()}
          />
        )}
        {(step.kind === 'checking' || step.kind === 'importing') && <ImportProgress step={step} />}
        {step.kind === 'preview' && (
          <OutcomeImportPreview
            step={step}
            onBack={reset}
            onImport={() => void runImport(step.rows, step.check)}
          />
        )}
        {step.kind === 'done' && (
          <OutcomeImportDone result={step.result} rows={step.rows} onClose={close} />
        )}
      </Stack>
    </Modal>
  );
}
