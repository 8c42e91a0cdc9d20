import { EmptyState } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';

import { useCan } from '@/features/auth';
import { WebhooksPage } from '@/features/webhooks';

export function Component() {
  const allowed = useCan('webhooks.manage');
  if (!allowed) {
    return (
      <EmptyState
        py={64}
        icon={<IconLock size={28} />}
        title="Admins only"
        description="Ask an admin to register webhook endpoints."
      />
    );
  }
  return <WebhooksPage />;
}
