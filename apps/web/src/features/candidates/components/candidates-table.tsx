import { Candidate } from '@calibrate/contracts';
import {
  Anchor,
  Badge,
  Checkbox,
  Group,
  Skeleton,
  Table,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { IconArrowDown, IconSelector } from '@tabler/icons-react';
import {
  ColumnDef,
  flexRender,
  getCoreRowModel,
  RowSelectionState,
  useReactTable,
  VisibilityState,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import { Link } from 'react-router';

import { formatRelativeDate } from '@/lib/format-date';

import { sourceLabels, stageColors, stageLabels } from '../model/labels';
import { CandidateSort } from '../model/pipeline-view';

export interface JobOption {
  id: string;
  title: string;
}

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
export type OptionalColumnId = (typeof optionalColumns)[number]['id'];

export const defaultHiddenColumns: VisibilityState = { phone: false, shift: false };

const sortableColumns: Partial<Record<string, CandidateSort>> = {
  score: 'score',
  createdAt: 'createdAt',
};

/**
 * The pipeline's table view. Sorting is the server's (keyset pages stay stable); the table here
 * handles columns, their visibility and row selection for comparing.
 */
export function CandidatesTable({
  candidates,
  jobTitles,
  sort,
  onSort,
  columnVisibility,
  selection,
  onSelectionChange,
}: {
  candidates: Candidate[];
  jobTitles: Map<string, string>;
  sort: CandidateSort;
  onSort: (sort: CandidateSort) => void;
  columnVisibility: VisibilityState;
  selection: RowSelectionState;
  onSelectionChange: (selection: RowSelectionState) => void;
}) {
  const columns = useMemo(() => candidateColumns(jobTitles), [jobTitles]);
  // TanStack Table returns a mutable instance the React Compiler cannot memoize; it skips this one.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: candidates,
    columns,
    getRowId: (candidate) => candidate.id,
    getCoreRowModel: getCoreRowModel(),
    state: { columnVisibility, rowSelection: selection },
    enableRowSelection: true,
    onRowSelectionChange: (updater) =>
      onSelectionChange(typeof updater === 'function' ? updater(selection) : updater),
  });

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" highlightOnHover aria-label="Candidates">
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id}>
              {group.headers.map((header) => {
                const sortKey = sortableColumns[header.column.id];
                const label = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <Table.Th
                    key={header.id}
                    w={header.column.id === 'select' ? 40 : undefined}
                    aria-sort={sortKey ? (sort === sortKey ? 'descending' : 'none') : undefined}
                  >
                    {sortKey ? (
                      <UnstyledButton onClick={() => onSort(sortKey)} fw={700} fz="sm">
                        <Group gap={4} wrap="nowrap">
                          {label}
                          {sort === sortKey ? (
                            <IconArrowDown size={14} aria-hidden />
                          ) : (
                            <IconSelector size={14} aria-hidden />
                          )}
                        </Group>
                      </UnstyledButton>
                    ) : (
                      label
                    )}
                  </Table.Th>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {table.getRowModel().rows.map((row) => (
            <Table.Tr
              key={row.id}
              bg={row.getIsSelected() ? 'var(--mantine-color-blue-light)' : undefined}
            >
              {row.getVisibleCells().map((cell) => (
                <Table.Td
                  key={cell.id}
                  style={
                    cell.column.id === 'stage' || cell.column.id === 'score'
                      ? { whiteSpace: 'nowrap' }
                      : undefined
                  }
                >
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function candidateColumns(jobTitles: Map<string, string>): ColumnDef<Candidate>[] {
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
      cell: ({ row }) => (
        <Anchor component={Link} to={`/candidates/${row.original.id}`} fw={500} size="sm">
          {row.original.name}
        </Anchor>
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
          Score
          <VisuallyHidden> (0–100)</VisuallyHidden>
        </>
      ),
      cell: ({ row }) =>
        row.original.scoreHidden ? (
          <Text size="sm" c="dimmed" title="Hidden until you submit your own scorecard">
            Hidden
          </Text>
        ) : row.original.score === null ? (
          <Text size="sm" c="dimmed">
            Not scored
          </Text>
        ) : (
          <Text size="sm" fw={600} ff="monospace">
            {row.original.score.toFixed(1)}
          </Text>
        ),
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
        <Text size="sm" c="dimmed" title={new Date(row.original.createdAt).toLocaleString()}>
          {formatRelativeDate(row.original.createdAt)}
        </Text>
      ),
    },
  ];
}

export function CandidatesTableSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <Table verticalSpacing="xs" aria-busy="true" aria-label="Loading candidates">
      <Table.Tbody>
        {Array.from({ length: rows }, (_, index) => (
          <Table.Tr key={index}>
            {[20, 160, 220, 130, 90, 60, 80].map((width, cell) => (
              <Table.Td key={cell}>
                <Skeleton height={14} width={width} radius="sm" />
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
