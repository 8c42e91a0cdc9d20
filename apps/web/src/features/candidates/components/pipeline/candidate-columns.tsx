import { Candidate, ScoreBasis } from '@calibrate/contracts';
import { Anchor, Badge, Checkbox, Group, Text, VisuallyHidden } from '@mantine/core';
import { ColumnDef, VisibilityState } from '@tanstack/react-table';
import { Link } from 'react-router';

import { KnockOutBadge } from '@/components/ui/knock-out-badge';
import { PanelSplitBadge } from '@/components/ui/panel-split-badge';
import { formatDay, formatDayAndTime } from '@/lib/format-date';

import { sourceLabels, stageColors, stageLabels } from '../../model/labels';
import { shownScore } from '../../model/pipeline-view';

/** The columns a user can show or hide, in table order. */
export const optionalColumns = [
  { id: 'email', label: 'Email' },
  { id: 'phone', label: 'Phone' },
  { id: 'job', label: 'Job' },
  { id: 'stage', label: 'Stage' },
  { id: 'score', label: 'Score' },
  { id: 'source', label: 'Source' },
  { id: 'languages', label: 'Languages' },
  { id: 'shift', label: 'Shifts' },
  { id: 'createdAt', label: 'Added' },
] as const;

export const defaultHiddenColumns: VisibilityState = { phone: false, shift: false };

/**
 * The table's columns; a job shows by its title ("Other job" for one not listed), the score as
 * `scoreBasis` says (raw when absent).
 */
export function candidateColumns(
  jobTitles: Map<string, string>,
  scoreBasis: ScoreBasis | undefined,
): ColumnDef<Candidate>[] {
  const corrected = scoreBasis === 'corrected';
  const dimmedDash = (
    <Text size="sm" c="dimmed">
      —
    </Text>
  );
  return [
    {
      id: 'select',
      header: ({ table }) => (
        <Checkbox
          aria-label="Select all shown"
          checked={table.getIsAllRowsSelected()}
          indeterminate={table.getIsSomeRowsSelected()}
          onChange={table.getToggleAllRowsSelectedHandler()}
        />
      ),
      cell: ({ row }) => (
        <Checkbox
          aria-label={`Select ${row.original.name}`}
          checked={row.getIsSelected()}
          onChange={row.getToggleSelectedHandler()}
        />
      ),
    },
    {
      id: 'name',
      header: 'Name',
      // The knock-out flag beside the name: shown whatever columns are on, scores hidden or not.
      cell: ({ row }) => (
        <Group gap={6} wrap="nowrap">
          <Anchor component={Link} to={`/candidates/${row.original.id}`} fw={500} size="sm">
            {row.original.name}
          </Anchor>
          <KnockOutBadge knockOuts={row.original.knockOuts} size="xs" />
        </Group>
      ),
    },
    {
      id: 'email',
      header: 'Email',
      cell: ({ row }) => <Text size="sm">{row.original.email}</Text>,
    },
    {
      id: 'phone',
      header: 'Phone',
      cell: ({ row }) =>
        row.original.phone ? <Text size="sm">{row.original.phone}</Text> : dimmedDash,
    },
    {
      id: 'job',
      header: 'Job',
      cell: ({ row }) => {
        const jobId = row.original.jobId;
        return jobId ? (
          <Text size="sm" lineClamp={1}>
            {jobTitles.get(jobId) ?? 'Other job'}
          </Text>
        ) : (
          dimmedDash
        );
      },
    },
    {
      id: 'stage',
      header: 'Stage',
      cell: ({ row }) => (
        <Badge variant="light" color={stageColors[row.original.stage]} miw="max-content">
          {stageLabels[row.original.stage]}
        </Badge>
      ),
    },
    {
      id: 'score',
      header: () => (
        <>
          {corrected ? 'Corrected' : 'Score'}
          <VisuallyHidden>{corrected ? ' score' : ''} (0–100)</VisuallyHidden>
        </>
      ),
      cell: ({ row }) => {
        const score = shownScore(row.original, scoreBasis);
        return row.original.scoreHidden ? (
          <Text size="sm" c="dimmed" title="Hidden until you submit your own scorecard">
            Hidden
          </Text>
        ) : score === null ? (
          <Text size="sm" c="dimmed">
            Not scored
          </Text>
        ) : (
          <Group gap={6} wrap="nowrap">
            <Text
              size="sm"
              fw={600}
              ff="monospace"
              title={
                corrected
                  ? `Raw ${row.original.score?.toFixed(1) ?? '—'}`
                  : `Corrected ${row.original.correctedScore?.toFixed(1) ?? '—'}`
              }
            >
              {score.toFixed(1)}
            </Text>
            {row.original.panelSplit && <PanelSplitBadge size="xs" />}
          </Group>
        );
      },
    },
    {
      id: 'source',
      header: 'Source',
      cell: ({ row }) =>
        row.original.source ? (
          <Text size="sm">{sourceLabels[row.original.source]}</Text>
        ) : (
          dimmedDash
        ),
    },
    {
      id: 'languages',
      header: 'Languages',
      cell: ({ row }) =>
        row.original.languages.length ? (
          <Text size="sm">
            {row.original.languages.map((l) => `${l.language} ${l.level}`).join(', ')}
          </Text>
        ) : (
          dimmedDash
        ),
    },
    {
      id: 'shift',
      header: 'Shifts',
      cell: ({ row }) =>
        row.original.shiftAvailability.length ? (
          <Text size="sm" tt="capitalize">
            {row.original.shiftAvailability.join(', ')}
          </Text>
        ) : (
          dimmedDash
        ),
    },
    {
      id: 'createdAt',
      header: 'Added',
      cell: ({ row }) => (
        <Text
          size="sm"
          c="dimmed"
          style={{ whiteSpace: 'nowrap' }}
          title={`Added ${formatDayAndTime(row.original.createdAt)}`}
        >
          {formatDay(row.original.createdAt)}
        </Text>
      ),
    },
  ];
}
