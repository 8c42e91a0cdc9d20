import {
  CandidateFilters,
  candidateSources,
  candidateStages,
  jobShifts,
  knockOutFilters,
} from '@calibrate/contracts';
import {
  CloseButton,
  Group,
  Input,
  NumberInput,
  SegmentedControl,
  Select,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';

import { JobOption } from '../../model/job-option';
import { sourceLabels, stageLabels } from '../../model/labels';
import { knockOutFilterLabels, scoreBasisLabels } from '../../model/pipeline-view';

const shiftLabels: Record<(typeof jobShifts)[number], string> = {
  day: 'Day',
  mid: 'Mid',
  night: 'Night',
  rotating: 'Rotating',
  flexible: 'Flexible',
};

/**
 * The filters of the table and the board. Typed values (search, language, scores) apply after a
 * pause so every keystroke does not become a request; picked values apply at once.
 */
export function PipelineFilters({
  filters,
  jobs,
  showStage,
  showScores = true,
  onChange,
}: {
  filters: CandidateFilters;
  jobs: JobOption[];
  showStage: boolean;
  /** The score range filter; hidden from those who see no overall scores. */
  showScores?: boolean;
  onChange: (filters: CandidateFilters) => void;
}) {
  const [typed, setTyped] = useState({
    q: filters.q ?? '',
    language: filters.language ?? '',
  });
  // Back/forward and "Clear filters" change the URL: the boxes follow it, unless the change is
  // what is typed there (trailing spaces are typed, not applied).
  const [seen, setSeen] = useState({ q: filters.q, language: filters.language });
  if (seen.q !== filters.q || seen.language !== filters.language) {
    setSeen({ q: filters.q, language: filters.language });
    setTyped((current) => ({
      q: current.q.trim() === (filters.q ?? '') ? current.q : (filters.q ?? ''),
      language:
        current.language.trim() === (filters.language ?? '')
          ? current.language
          : (filters.language ?? ''),
    }));
  }

  const applyTyped = useDebouncedCallback((key: 'q' | 'language', value: string) => {
    onChange({ ...filters, [key]: value.trim() || undefined });
  }, 300);
  const type = (key: 'q' | 'language', value: string) => {
    setTyped((current) => ({ ...current, [key]: value }));
    applyTyped(key, value);
  };
  const set = <K extends keyof CandidateFilters>(key: K, value: CandidateFilters[K] | null) =>
    onChange({ ...filters, [key]: value ?? undefined });
  const score = (value: string | number) =>
    typeof value === 'number' && Number.isFinite(value) ? value : undefined;

  return (
    <Group gap="xs" align="flex-end" role="search" aria-label="Filter candidates">
      <TextInput
        label="Search"
        aria-label="Search candidates"
        placeholder="Name or email"
        leftSection={<IconSearch size={16} />}
        value={typed.q}
        onChange={(event) => type('q', event.currentTarget.value)}
        rightSection={
          typed.q ? <CloseButton aria-label="Clear search" onClick={() => type('q', '')} /> : null
        }
        w={190}
      />
      <Select
        label="Job"
        placeholder="All jobs"
        data={jobs.map((job) => ({ value: job.id, label: job.title }))}
        value={filters.jobId ?? null}
        onChange={(value) => set('jobId', value)}
        searchable
        clearable
        w={180}
      />
      {showStage && (
        <Select
          label="Stage"
          placeholder="All stages"
          data={candidateStages.map((stage) => ({ value: stage, label: stageLabels[stage] }))}
          value={filters.stage ?? null}
          onChange={(value) => set('stage', (value as CandidateFilters['stage']) ?? null)}
          clearable
          w={120}
        />
      )}
      <Select
        label="Source"
        placeholder="Any source"
        data={candidateSources.map((source) => ({ value: source, label: sourceLabels[source] }))}
        value={filters.source ?? null}
        onChange={(value) => set('source', (value as CandidateFilters['source']) ?? null)}
        clearable
        w={120}
      />
      <TextInput
        label="Language"
        placeholder="Any language"
        value={typed.language}
        onChange={(event) => type('language', event.currentTarget.value)}
        w={110}
      />
      <Select
        label="Shift"
        placeholder="Any shift"
        data={jobShifts.map((shift) => ({ value: shift, label: shiftLabels[shift] }))}
        value={filters.shift ?? null}
        onChange={(value) => set('shift', (value as CandidateFilters['shift']) ?? null)}
        clearable
        w={100}
      />
      <Select
        label="Knocked out"
        data={(['all', ...knockOutFilters] as const).map((value) => ({
          value,
          label: knockOutFilterLabels[value],
        }))}
        value={filters.knockOut ?? 'all'}
        onChange={(value) =>
          set('knockOut', value === 'only' || value === 'exclude' ? value : null)
        }
        allowDeselect={false}
        w={180}
      />
      {showScores && (
        <Input.Wrapper
          label="Score (0–100)"
          title="Raw: as the interviewers rated. Corrected: each interviewer's leniency taken out (Calibration)."
        >
          <Group gap={4} wrap="nowrap">
            <SegmentedControl
              aria-label="Score basis"
              size="xs"
              data={(['raw', 'corrected'] as const).map((basis) => ({
                value: basis,
                label: scoreBasisLabels[basis],
              }))}
              value={filters.scoreBasis ?? 'raw'}
              onChange={(value) =>
                set('scoreBasis', value === 'corrected' ? 'corrected' : undefined)
              }
            />
            <NumberInput
              aria-label="Min score"
              placeholder="Min"
              min={0}
              max={100}
              hideControls
              value={filters.minScore ?? ''}
              onChange={(value) => set('minScore', score(value))}
              w={60}
            />
            <Text c="dimmed" aria-hidden>
              –
            </Text>
            <NumberInput
              aria-label="Max score"
              placeholder="Max"
              min={0}
              max={100}
              hideControls
              value={filters.maxScore ?? ''}
              onChange={(value) => set('maxScore', score(value))}
              w={60}
            />
          </Group>
        </Input.Wrapper>
      )}
    </Group>
  );
}
