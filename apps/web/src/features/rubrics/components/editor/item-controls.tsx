import { ActionIcon, ActionIconProps, Group, GroupProps } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconGripVertical, IconTrash } from '@tabler/icons-react';

import { DragHandleProps } from './use-drag-reorder';

/** The handle a category or question is dragged by. */
export function DragHandle({
  label,
  handle,
  iconSize,
  ...props
}: ActionIconProps & { label: string; handle: DragHandleProps; iconSize: number }) {
  return (
    <ActionIcon
      variant="subtle"
      color="gray"
      aria-label={`Drag ${label}`}
      style={{ cursor: 'grab' }}
      {...props}
      {...handle}
    >
      <IconGripVertical size={iconSize} />
    </ActionIcon>
  );
}

/** Move up, move down and delete: the keyboard's way to reorder, next to the drag handle. */
export function ItemControls({
  label,
  index,
  count,
  iconSize,
  onMove,
  onDelete,
  ...props
}: GroupProps & {
  label: string;
  index: number;
  count: number;
  iconSize: number;
  onMove: (to: number) => void;
  onDelete: () => void;
}) {
  return (
    <Group gap={2} wrap="nowrap" {...props}>
      <ActionIcon
        variant="subtle"
        color="gray"
        aria-label={`Move ${label} up`}
        disabled={index === 0}
        onClick={() => onMove(index - 1)}
      >
        <IconArrowUp size={iconSize} />
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        color="gray"
        aria-label={`Move ${label} down`}
        disabled={index === count - 1}
        onClick={() => onMove(index + 1)}
      >
        <IconArrowDown size={iconSize} />
      </ActionIcon>
      <ActionIcon variant="subtle" color="red" aria-label={`Delete ${label}`} onClick={onDelete}>
        <IconTrash size={iconSize} />
      </ActionIcon>
    </Group>
  );
}
