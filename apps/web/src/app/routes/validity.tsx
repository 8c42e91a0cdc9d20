import { EmptyState } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';

import { useCan, useMe } from '@/features/auth';
import { ValidityPage } from '@/features/validity';

export function Component() {
  const user = useMe().data?.user;
  const canView = useCan('validity.view');
  if (!user) return null;
  if (!canView) {
    return (
      <EmptyState
        py={64}
        icon={<IconLock size={28} />}
        title="For admins, recruiters and hiring managers"
        description="Validity compares interview scores with how hires do on the job. Ask an admin if you need it."
      />
    );
  }
  return <ValidityPage />;
}
