import { Comparison } from '@calibrate/contracts';
import { ActionIcon, Group, Select, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';

import { usePickableCandidates } from '../api/get-comparison';
import { candidateLabel } from '../model/comparison-view';
import { ScoreBasis } from '../model/score-basis';
import classes from './comparison.module.css';

const MAX_COMPARED = 8;

/** The compared candidates as chips to remove (down to two), and a select to add more (to 8). */
export function CandidatePicker({
  jobId,
  comparison,
  candidateIds,
  blind,
  basis,
  setCandidates,
}: {
  jobId: string;
  comparison: Comparison | undefined;
  candidateIds: string[];
  blind: boolean;
  /** With corrected totals on screen, the list's scores (always raw) say so. */
  basis: ScoreBasis;
  setCandidates: (ids: string[]) => void;
}) {
  const pickable = usePickableCandidates(jobId);
  const rawTag = basis === 'corrected' ? ' raw' : '';
  const score = (value: number | null) => (value === null ? '' : ` · ${value.toFixed(0)}${rawTag}`);
  const options = (pickable.data?.items ?? [])
    .filter((candidate) => !candidateIds.includes(candidate.id))
    .map((candidate, index) => ({
      value: candidate.id,
      label: blind
        ? `Unnamed candidate ${index + 1}${score(candidate.score)}`
        : `${candidate.name}${score(candidate.score)}`,
    }));

  return (
    <Group gap="xs" data-print-hide>
      {comparison?.candidates.map((candidate, index) => (
        <Group key={candidate.candidateId} gap={2} className={classes.chip}>
          <Text size="sm" fw={500}>
            {candidateLabel(candidate.name, index, blind)}
          </Text>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={`Remove ${candidateLabel(candidate.name, index, blind)}`}
            disabled={candidateIds.length <= 2}
            onClick={() => setCandidates(candidateIds.filter((id) => id !== candidate.candidateId))}
          >
            <IconX size={14} />
          </ActionIcon>
        </Group>
      ))}
      <Select
        aria-label="Add a candidate"
        placeholder={
          candidateIds.length >= MAX_COMPARED ? 'At most 8 candidates' : 'Add a candidate…'
        }
        data={options}
        value={null}
        searchable={!blind}
        disabled={candidateIds.length >= MAX_COMPARED}
        onChange={(id) => id && setCandidates([...candidateIds, id])}
        nothingFoundMessage="No other candidates in this job"
        w={260}
      />
    </Group>
  );
}
