import { can, UserRole } from '@calibrate/contracts';
import {
  IconBriefcase,
  IconChartDots,
  IconClipboardCheck,
  IconClockExclamation,
  IconListCheck,
  IconMail,
  IconScale,
  IconUserCog,
  IconUsers,
  IconWebhook,
} from '@tabler/icons-react';

import { AppLayout, NavigationItem } from '@/components/layouts/app-layout';
import { useMe, UserMenu } from '@/features/auth';
import { NotificationBell } from '@/features/notifications';
import { SaveQueueProvider, useUnsentWrites } from '@/features/scorecards';

import { useLiveUpdates } from './live-updates';

/** What each role finds in the navigation: only screens it may use. */
export function navigationFor(role: UserRole | undefined): NavigationItem[] {
  return [
    { to: '/interviews', label: 'My interviews', icon: IconClipboardCheck },
    { to: '/candidates', label: 'Candidates', icon: IconUsers },
    ...(can(role, 'feedback.view')
      ? [{ to: '/feedback', label: 'Feedback owed', icon: IconClockExclamation }]
      : []),
    ...(can(role, 'jobs.view') ? [{ to: '/jobs', label: 'Jobs', icon: IconBriefcase }] : []),
    ...(can(role, 'calibration.view')
      ? [{ to: '/calibration', label: 'Calibration', icon: IconScale }]
      : []),
    ...(can(role, 'validity.view')
      ? [{ to: '/validity', label: 'Validity', icon: IconChartDots }]
      : []),
    ...(can(role, 'rubrics.edit')
      ? [{ to: '/rubrics', label: 'Rubrics', icon: IconListCheck }]
      : []),
    ...(can(role, 'users.manage') ? [{ to: '/users', label: 'Users', icon: IconUserCog }] : []),
    ...(can(role, 'webhooks.manage')
      ? [{ to: '/webhooks', label: 'Webhooks', icon: IconWebhook }]
      : []),
    ...(can(role, 'email.outbox.view')
      ? [{ to: '/outbox', label: 'E-mail outbox', icon: IconMail }]
      : []),
  ];
}

export function AppShell() {
  const me = useMe();
  const user = me.data?.user;
  // Live panel progress, submissions and moves by others refresh what is on screen.
  useLiveUpdates(user?.id);
  if (!user) return null;
  // Unsent scorecard writes follow the user across screens, so the queue lives above them all.
  return (
    <SaveQueueProvider userId={user.id}>
      <AppLayout
        navigation={navigationFor(user.role)}
        notifications={<NotificationBell />}
        account={<AccountMenu />}
      />
    </SaveQueueProvider>
  );
}

/** The account menu, told what the save queue still holds, for signing out. */
function AccountMenu() {
  return <UserMenu unsent={useUnsentWrites()} />;
}
