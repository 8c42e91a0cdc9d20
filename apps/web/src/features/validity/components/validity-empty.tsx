import { Button, EmptyState } from '@mantine/core';
import { IconChartDots } from '@tabler/icons-react';
import { Link } from 'react-router';

import { ImportOutcomesButton } from './import/import-outcomes-button';

/** The Candidates list filtered to hires (the pipeline's `stage` parameter). */
export const HIRED_CANDIDATES_URL = '/candidates?stage=hired';

/** No hire in view has outcomes yet: where they are recorded, and a way there. */
export function ValidityEmpty({
  filtered,
  canRecord,
  onClear,
}: {
  filtered: boolean;
  canRecord: boolean;
  onClear: () => void;
}) {
  const where = canRecord
    ? 'Import them from the workforce team’s spreadsheet, or record them on a hired candidate’s profile, under After the hire.'
    : 'Recruiters record them on a hired candidate’s profile, under After the hire.';
  return (
    <EmptyState
      py={48}
      icon={<IconChartDots size={28} aria-hidden />}
      title={filtered ? 'No hire in this view has outcomes yet' : 'No outcomes recorded yet'}
      description={`Validity compares interview scores with how hires do on the floor: nesting QA, handle time, resolution, CSAT and retention. ${where}`}
    >
      <EmptyState.Actions>
        {canRecord && <ImportOutcomesButton />}
        <Button component={Link} to={HIRED_CANDIDATES_URL} variant="light">
          Hired candidates
        </Button>
        {filtered && (
          <Button variant="subtle" onClick={onClear}>
            Clear filters
          </Button>
        )}
      </EmptyState.Actions>
    </EmptyState>
  );
}
