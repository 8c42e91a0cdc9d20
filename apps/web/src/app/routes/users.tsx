import { EmptyState } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';

import { useMe } from '@/features/auth/api/session';
import { UsersPage } from '@/features/users/components/users-page';

export function Component() {
  const me = useMe();
  const user = me.data?.user;
  if (!user) return null;
  if (user.role !== 'admin') {
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
