import { UserRole } from '@calibrate/contracts';
import { IconUserCog, IconUsers } from '@tabler/icons-react';

import { AppLayout, NavigationItem } from '@/components/layouts/app-layout';
import { useMe } from '@/features/auth/api/session';
import { UserMenu } from '@/features/auth/components/user-menu';

/** What each role finds in the navigation: only screens it may use. */
export function navigationFor(role: UserRole | undefined): NavigationItem[] {
  return [
    { to: '/candidates', label: 'Candidates', icon: IconUsers },
    ...(role === 'admin' ? [{ to: '/users', label: 'Users', icon: IconUserCog }] : []),
  ];
}

export function AppShell() {
  const me = useMe();
  return <AppLayout navigation={navigationFor(me.data?.user.role)} account={<UserMenu />} />;
}
