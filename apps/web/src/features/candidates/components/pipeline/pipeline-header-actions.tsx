import { Button, Group, SegmentedControl } from '@mantine/core';
import { IconFileImport, IconLayoutKanban, IconTable, IconUserPlus } from '@tabler/icons-react';

import { PipelineLayout } from '../../model/pipeline-view';

/** The page header's actions: table or board, and (for those who may) import and add. */
export function PipelineHeaderActions({
  layout,
  onLayoutChange,
  onImport,
  onAdd,
}: {
  layout: PipelineLayout;
  onLayoutChange: (layout: PipelineLayout) => void;
  /** Absent for those who may not add candidates. */
  onImport?: () => void;
  onAdd?: () => void;
}) {
  return (
    <Group gap="sm">
      <SegmentedControl
        aria-label="Layout"
        value={layout}
        onChange={(value) => onLayoutChange(value === 'board' ? 'board' : 'table')}
        data={[
          {
            value: 'table',
            label: (
              <Group gap={6} wrap="nowrap">
                <IconTable size={16} aria-hidden /> Table
              </Group>
            ),
          },
          {
            value: 'board',
            label: (
              <Group gap={6} wrap="nowrap">
                <IconLayoutKanban size={16} aria-hidden /> Board
              </Group>
            ),
          },
        ]}
      />
      {onImport && (
        <Button variant="default" leftSection={<IconFileImport size={18} />} onClick={onImport}>
          Import CSV
        </Button>
      )}
      {onAdd && (
        <Button leftSection={<IconUserPlus size={18} />} onClick={onAdd}>
          Add candidate
        </Button>
      )}
    </Group>
  );
}
