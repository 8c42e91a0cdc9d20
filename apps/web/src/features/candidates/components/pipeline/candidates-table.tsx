import { Candidate, ScoreBasis } from '@calibrate/contracts';
import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import {
  flexRender,
  getCoreRowModel,
  RowSelectionState,
  useReactTable,
  VisibilityState,
} from '@tanstack/react-table';
import { memo, useMemo } from 'react';

import { useRenderInSteps } from '@/lib/use-render-in-steps';

import { CandidateSort } from '../../model/pipeline-view';
import { candidateColumns } from './candidate-columns';

const sortableColumns: Partial<Record<string, CandidateSort>> = {
  name: 'name',
  score: 'score',
  createdAt: 'createdAt',
};

/** Names read A to Z; scores and dates come highest and newest first (the API's orders). */
const ascending: ReadonlySet<CandidateSort> = new Set(['name']);

/**
 * The pipeline's table view. Sorting is the server's (keyset pages stay stable); the table here
 * handles columns, their visibility and row selection for comparing.
 */
export const CandidatesTable = memo(function CandidatesTable({
  candidates,
  jobTitles,
  scoreBasis,
  sort,
  onSort,
  columnVisibility,
  selection,
  onSelectionChange,
}: {
  candidates: Candidate[];
  jobTitles: Map<string, string>;
  /** The score the score column shows and sorts by (raw when absent). */
  scoreBasis?: ScoreBasis;
  sort: CandidateSort;
  onSort: (sort: CandidateSort) => void;
  columnVisibility: VisibilityState;
  selection: RowSelectionState;
  onSelectionChange: (selection: RowSelectionState) => void;
}) {
  const columns = useMemo(() => candidateColumns(jobTitles, scoreBasis), [jobTitles, scoreBasis]);
  // TanStack Table returns a mutable instance the React Compiler cannot memoize; it skips this one.

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

  // A screenful of rows first, the rest of the page right after (see useRenderInSteps).
  const rows = useRenderInSteps(table.getRowModel().rows, 8);

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" highlightOnHover aria-label="Candidates">
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id}>
              {group.headers.map((header) => {
                const sortKey = sortableColumns[header.column.id];
                const label = flexRender(header.column.columnDef.header, header.getContext());
                const up = sortKey !== undefined && ascending.has(sortKey);
                return (
                  <Table.Th
                    key={header.id}
                    w={header.column.id === 'select' ? 40 : undefined}
                    aria-sort={
                      sortKey
                        ? sort === sortKey
                          ? up
                            ? 'ascending'
                            : 'descending'
                          : 'none'
                        : undefined
                    }
                  >
                    {sortKey ? (
                      <UnstyledButton onClick={() => onSort(sortKey)} fw={700} fz="sm">
                        <Group gap={4} wrap="nowrap">
                          {label}
                          {sort !== sortKey ? (
                            <IconSelector size={14} aria-hidden />
                          ) : up ? (
                            <IconArrowUp size={14} aria-hidden />
                          ) : (
                            <IconArrowDown size={14} aria-hidden />
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
          {/* Rows and cells as Table.Tr and Table.Td draw them (their classes, a row border and
              hover), in plain elements: ~500 fewer components resolving styles on a page of 50
              (with the cells' text, a warm load's main-thread work fell by about a fifth: README,
              Web vitals). */}
          {rows.map((row) => (
            <tr
              key={row.id}
              className={Table.classes.tr}
              data-with-row-border
              data-hover
              style={
                row.getIsSelected() ? { background: 'var(--mantine-color-blue-light)' } : undefined
              }
            >
              {row.getVisibleCells().map((cell) => (
                <td
                  key={cell.id}
                  className={Table.classes.td}
                  style={
                    cell.column.id === 'stage' || cell.column.id === 'score'
                      ? { whiteSpace: 'nowrap' }
                      : undefined
                  }
                >
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
});
