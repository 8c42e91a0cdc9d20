import { Candidate } from '@calibrate/contracts';
import { Button, Group, Paper, Text } from '@mantine/core';
import { ComponentProps } from 'react';

import { QueryState } from '@/components/ui/query-state';

import { useCandidates } from '../../api/get-candidates';
import { CandidatesEmpty } from './candidates-empty';
import { CandidatesTable } from './candidates-table';
import { CandidatesTableSkeleton } from './candidates-table-skeleton';

/** The table layout: its load, error and empty states, the rows, and "Load more". */
export function CandidatesTableView({
  candidates,
  items,
  empty,
  table,
}: {
  candidates: ReturnType<typeof useCandidates>;
  /** The loaded rows, every page. */
  items: Candidate[];
  empty: ComponentProps<typeof CandidatesEmpty>;
  table: Omit<ComponentProps<typeof CandidatesTable>, 'candidates'>;
}) {
  const filtered = empty.filtered;
  return (
    <>
      <Paper withBorder radius="md" p={0}>
        <QueryState
          query={candidates}
          loading={<CandidatesTableSkeleton />}
          errorTitle="Candidates could not be loaded"
          errorMessage={candidates.error?.message}
          isEmpty={() => items.length === 0}
          empty={<CandidatesEmpty {...empty} />}
        >
          {() => <CandidatesTable candidates={items} {...table} />}
        </QueryState>
      </Paper>

      {items.length > 0 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            Showing {items.length.toLocaleString('en')}
            {candidates.hasNextPage ? '' : filtered ? ' (all matches)' : ' (everyone)'}
          </Text>
          {candidates.hasNextPage && (
            <Button
              variant="default"
              loading={candidates.isFetchingNextPage}
              onClick={() => void candidates.fetchNextPage()}
            >
              Load more
            </Button>
          )}
        </Group>
      )}
    </>
  );
}
