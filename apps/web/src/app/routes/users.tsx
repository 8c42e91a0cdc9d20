import { EmptyState } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';

import { useCan, useMe } from '@/features/auth';
import { UsersPage } from '@/features/users';

export function Component() {
  const user = useMe().data?.user;
  const canManage = useCan('users.manage');
  if (!user) return null;
  if (!canManage) {
    return (
      <EmptyState
        py={64}
        icon={<IconLock size={28} />}
        title="Admins only"
        description="Ask an admin to change who can sign in."
      />
    );
  }
  return <UsersPage currentUserId={user.id} />;
}
