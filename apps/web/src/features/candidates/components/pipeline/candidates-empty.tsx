import { Button, EmptyState } from '@mantine/core';
import { IconSearch, IconUserPlus, IconUsers } from '@tabler/icons-react';

/** No rows: either the filters match nobody, or there is nobody yet. */
export function CandidatesEmpty({
  filtered,
  query,
  onClearFilters,
  onAdd,
}: {
  filtered: boolean;
  /** The search typed, if any. */
  query: string | undefined;
  onClearFilters: () => void;
  /** Absent for those who may not add candidates. */
  onAdd?: () => void;
}) {
  if (filtered)
    return (
      <EmptyState
        py={48}
        icon={<IconSearch size={28} />}
        title={query ? `No candidates match “${query}”` : 'No candidates match these filters'}
        description="Check the spelling: a full name matches from its first word, an email from its start. Or loosen a filter."
      >
        <EmptyState.Actions>
          <Button variant="default" onClick={onClearFilters}>
            Clear filters
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  return (
    <EmptyState
      py={48}
      icon={<IconUsers size={28} />}
      title="No candidates yet"
      description={
        onAdd
          ? 'Add the first applicant to start building the pipeline.'
          : 'Candidates appear here once you are part of their interviews.'
      }
    >
      {onAdd && (
        <EmptyState.Actions>
          <Button leftSection={<IconUserPlus size={18} />} onClick={onAdd}>
            Add candidate
          </Button>
        </EmptyState.Actions>
      )}
    </EmptyState>
  );
}
