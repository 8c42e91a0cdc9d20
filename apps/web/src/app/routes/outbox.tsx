import { EmptyState } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';

import { useCan } from '@/features/auth';
import { OutboxPage } from '@/features/email';

export function Component() {
  const allowed = useCan('email.outbox.view');
  if (!allowed) {
    return (
      <EmptyState
        py={64}
        icon={<IconLock size={28} />}
        title="Admins only"
        description="Ask an admin to read the e-mail outbox."
      />
    );
  }
  return <OutboxPage />;
}
