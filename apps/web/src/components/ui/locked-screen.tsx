import { EmptyState } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';

/** What a screen says to a role that may not use it: for whom it is, and whom to ask. */
export function LockedScreen({ title, description }: { title: string; description: string }) {
  return (
    <EmptyState py={64} icon={<IconLock size={28} />} title={title} description={description} />
  );
}
