import { Button, Group, Text } from '@mantine/core';
import { ReactNode } from 'react';

/** How many candidates the view shows and how many are picked, beside the view's actions. */
export function PipelineToolbar({
  isBoard,
  canCompare,
  total,
  filtered,
  selectedCount,
  onClearFilters,
  actions,
}: {
  isBoard: boolean;
  canCompare: boolean;
  /** Matching candidates; undefined until counted. */
  total: number | undefined;
  filtered: boolean;
  selectedCount: number;
  onClearFilters: () => void;
  actions: ReactNode;
}) {
  return (
    <Group justify="space-between">
      <Group gap="xs">
        <Text size="sm" c="dimmed" aria-live="polite">
          {isBoard
            ? canCompare
              ? 'Tick cards to compare them.'
              : ' '
            : total === undefined
              ? ' '
              : `${total.toLocaleString('en')} ${total === 1 ? 'candidate' : 'candidates'}${filtered ? (total === 1 ? ' matches' : ' match') : ''}`}
          {selectedCount > 0 && ` · ${selectedCount} selected`}
        </Text>
        {filtered && (
          <Button variant="subtle" size="compact-sm" onClick={onClearFilters}>
            Clear filters
          </Button>
        )}
      </Group>
      <Group gap="xs">{actions}</Group>
    </Group>
  );
}
