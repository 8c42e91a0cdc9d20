import { UserRole } from '@calibrate/contracts';
import {
  IconBriefcase,
  IconClipboardCheck,
  IconClockExclamation,
  IconListCheck,
  IconUserCog,
  IconUsers,
} from '@tabler/icons-react';

import { AppLayout, NavigationItem } from '@/components/layouts/app-layout';
import { useMe } from '@/features/auth/api/session';
import { UserMenu } from '@/features/auth/components/user-menu';
import { SaveQueueProvider } from '@/features/interviews/autosave/save-queue-provider';

/** What each role finds in the navigation: only screens it may use. */
export function navigationFor(role: UserRole | undefined): NavigationItem[] {
  return [
    { to: '/interviews', label: 'My interviews', icon: IconClipboardCheck },
    { to: '/candidates', label: 'Candidates', icon: IconUsers },
    ...(role === 'admin' || role === 'recruiter' || role === 'hiring_manager'
      ? [
          { to: '/feedback', label: 'Feedback owed', icon: IconClockExclamation },
          { to: '/jobs', label: 'Jobs', icon: IconBriefcase },
        ]
      : []),
    ...(role === 'admin' ? [{ to: '/rubrics', label: 'Rubrics', icon: IconListCheck }] : []),
    ...(role === 'admin' ? [{ to: '/users', label: 'Users', icon: IconUserCog }] : []),
  ];
}

export function AppShell() {
  const me = useMe();
  const user = me.data?.user;
  if (!user) return null;
  // Unsent scorecard writes follow the user across screens, so the queue lives above them all.
  return (
    <SaveQueueProvider userId={user.id}>
      <AppLayout navigation={navigationFor(user.role)} account={<UserMenu />} />
    </SaveQueueProvider>
  );
}
