import { EmptyState } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';

import { useCan, useMe } from '@/features/auth';
import { CalibrationPage } from '@/features/calibration';

export function Component() {
  const user = useMe().data?.user;
  const canView = useCan('calibration.view');
  if (!user) return null;
  if (!canView) {
    return (
      <EmptyState
        py={64}
        icon={<IconLock size={28} />}
        title="For admins and hiring managers"
        description="Calibration compares interviewers with each other. Ask an admin if you need it."
      />
    );
  }
  return <CalibrationPage />;
}
