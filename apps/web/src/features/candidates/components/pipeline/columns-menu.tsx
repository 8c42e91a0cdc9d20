import { Button, Checkbox, Menu } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { IconColumns3 } from '@tabler/icons-react';
import { VisibilityState } from '@tanstack/react-table';

import { defaultHiddenColumns, optionalColumns } from './candidate-columns';

/** Which optional columns the table shows, remembered in this browser. */
export function useColumnVisibility() {
  return useLocalStorage<VisibilityState>({
    key: 'calibrate.candidate-columns',
    defaultValue: defaultHiddenColumns,
  });
}

export function ColumnsMenu({
  showScores,
  columnVisibility,
  onChange,
}: {
  showScores: boolean;
  columnVisibility: VisibilityState;
  onChange: (visibility: VisibilityState) => void;
}) {
  return (
    <Menu closeOnItemClick={false} position="bottom-end">
      <Menu.Target>
        <Button variant="default" leftSection={<IconColumns3 size={16} />}>
          Columns
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Show columns</Menu.Label>
        {optionalColumns
          .filter((column) => showScores || column.id !== 'score')
          .map((column) => (
            <Menu.Item key={column.id} component="div">
              <Checkbox
                label={column.label}
                checked={columnVisibility[column.id] !== false}
                onChange={(event) =>
                  onChange({ ...columnVisibility, [column.id]: event.currentTarget.checked })
                }
              />
            </Menu.Item>
          ))}
      </Menu.Dropdown>
    </Menu>
  );
}
