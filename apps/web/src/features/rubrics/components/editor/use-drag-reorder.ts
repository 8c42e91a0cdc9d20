import { DragEvent, useState } from 'react';

/** Reorders a list by dragging a handle; the arrow buttons do the same from the keyboard. */
export function useDragReorder(onMove: (from: number, to: number) => void) {
  const [dragging, setDragging] = useState<number | null>(null);
  return (index: number) => ({
    onDragOver: (event: DragEvent) => {
      if (dragging !== null) event.preventDefault();
    },
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      if (dragging !== null) onMove(dragging, index);
      setDragging(null);
    },
    handle: {
      draggable: true,
      onDragStart: (event: DragEvent) => {
        event.dataTransfer.effectAllowed = 'move';
        setDragging(index);
      },
      onDragEnd: () => setDragging(null),
    },
  });
}

/** What a drag handle spreads onto its element. */
export type DragHandleProps = ReturnType<ReturnType<typeof useDragReorder>>['handle'];
