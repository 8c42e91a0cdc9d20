import { LockedScreen } from '@/components/ui/locked-screen';
import { useCan, useMe } from '@/features/auth';
import { UsersPage } from '@/features/users';

export function Component() {
  const user = useMe().data?.user;
  const canManage = useCan('users.manage');
  if (!user) return null;
  if (!canManage) {
    return (
      <LockedScreen title="Admins only" description="Ask an admin to change who can sign in." />
    );
  }
  return <UsersPage currentUserId={user.id} />;
}
