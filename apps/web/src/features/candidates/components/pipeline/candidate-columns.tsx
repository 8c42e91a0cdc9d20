import { Candidate, ScoreBasis } from '@calibrate/contracts';
import { Badge, Checkbox, VisuallyHidden } from '@mantine/core';
import { ColumnDef, VisibilityState } from '@tanstack/react-table';
import { Link } from 'react-router';

import { KnockOutBadge } from '@/components/ui/knock-out-badge';
import { PanelSplitBadge } from '@/components/ui/panel-split-badge';
import { formatDay, formatDayAndTime } from '@/lib/format-date';

import { sourceLabels, stageColors, stageLabels } from '../../model/labels';
import { shownScore } from '../../model/pipeline-view';
import classes from './candidates-table.module.css';

const text = classes.text;
const dimmed = `${classes.text} ${classes.dimmed}`;

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
  const dimmedDash = <span className={dimmed}>—</span>;
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
        <div className={classes.row}>
          <Link
            to={`/candidates/${row.original.id}`}
            className={`${classes.text} ${classes.name} mantine-focus-auto`}
          >
            {row.original.name}
          </Link>
          <KnockOutBadge knockOuts={row.original.knockOuts} size="xs" />
        </div>
      ),
    },
    {
      id: 'email',
      header: 'Email',
      cell: ({ row }) => <span className={text}>{row.original.email}</span>,
    },
    {
      id: 'phone',
      header: 'Phone',
      cell: ({ row }) =>
        row.original.phone ? <span className={text}>{row.original.phone}</span> : dimmedDash,
    },
    {
      id: 'job',
      header: 'Job',
      cell: ({ row }) => {
        const jobId = row.original.jobId;
        return jobId ? (
          <span className={`${classes.text} ${classes.clamp}`}>
            {jobTitles.get(jobId) ?? 'Other job'}
          </span>
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
          <span className={dimmed} title="Hidden until you submit your own scorecard">
            Hidden
          </span>
        ) : score === null ? (
          <span className={dimmed}>Not scored</span>
        ) : (
          <div className={classes.row}>
            <span
              className={`${classes.text} ${classes.score}`}
              title={
                corrected
                  ? `Raw ${row.original.score?.toFixed(1) ?? '—'}`
                  : `Corrected ${row.original.correctedScore?.toFixed(1) ?? '—'}`
              }
            >
              {score.toFixed(1)}
            </span>
            {row.original.panelSplit && <PanelSplitBadge size="xs" />}
          </div>
        );
      },
    },
    {
      id: 'source',
      header: 'Source',
      cell: ({ row }) =>
        row.original.source ? (
          <span className={text}>{sourceLabels[row.original.source]}</span>
        ) : (
          dimmedDash
        ),
    },
    {
      id: 'languages',
      header: 'Languages',
      cell: ({ row }) =>
        row.original.languages.length ? (
          <span className={text}>
            {row.original.languages.map((l) => `${l.language} ${l.level}`).join(', ')}
          </span>
        ) : (
          dimmedDash
        ),
    },
    {
      id: 'shift',
      header: 'Shifts',
      cell: ({ row }) =>
        row.original.shiftAvailability.length ? (
          <span className={text} style={{ textTransform: 'capitalize' }}>
            {row.original.shiftAvailability.join(', ')}
          </span>
        ) : (
          dimmedDash
        ),
    },
    {
      id: 'createdAt',
      header: 'Added',
      cell: ({ row }) => (
        <span
          className={`${dimmed} ${classes.nowrap}`}
          title={`Added ${formatDayAndTime(row.original.createdAt)}`}
        >
          {formatDay(row.original.createdAt)}
        </span>
      ),
    },
  ];
}
