import { AppShell, Burger, Group, NavLink, Text, ThemeIcon } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type Icon, IconChartLine } from '@tabler/icons-react';
import { ReactNode, Suspense } from 'react';
import { NavLink as RouterNavLink, Outlet, useMatch, useNavigation } from 'react-router';

import { PageLoader } from '@/components/ui/page-loader';

export interface NavigationItem {
  to: string;
  label: string;
  icon: Icon;
}

/**
 * The current page's item keeps a pale tint under the pointer: Mantine's darker hover tint (blue 2)
 * left its blue 9 label at 4.0:1, under AA (axe color-contrast); on blue 0 it is 5.5:1.
 */
const activeItemHover = () => ({
  root: { '--nl-hover': 'var(--mantine-color-blue-0)' },
  children: {},
});

/**
 * The shell: header, navigation and the current screen. `account` is the header's account
 * control, `notifications` the bell beside it.
 */
export function AppLayout({
  account,
  notifications,
  navigation,
}: {
  account?: ReactNode;
  notifications?: ReactNode;
  navigation: NavigationItem[];
}) {
  const [navbarOpen, navbar] = useDisclosure(false);
  const { state } = useNavigation();
  // Interview mode takes the whole width: the navigation folds away behind the menu button.
  const focusMode = Boolean(useMatch('/interviews/:scorecardId'));

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{
        width: 220,
        breakpoint: 'sm',
        collapsed: { mobile: !navbarOpen, desktop: focusMode && !navbarOpen },
      }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" gap="sm" wrap="nowrap">
          <Burger
            opened={navbarOpen}
            onClick={navbar.toggle}
            hiddenFrom={focusMode ? undefined : 'sm'}
            size="sm"
            aria-label={navbarOpen ? 'Close navigation' : 'Open navigation'}
          />
          <ThemeIcon size={30} radius="md" aria-hidden>
            <IconChartLine size={18} />
          </ThemeIcon>
          <Text fw={700} size="lg">
            Calibrate
          </Text>
          <Text c="dimmed" size="sm" visibleFrom="sm">
            Structured interview scoring
          </Text>
          <Group ml="auto" gap="xs" wrap="nowrap">
            {notifications}
            {account}
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label="Main navigation">
        {navigation.map((item) => (
          <NavLink
            key={item.to}
            component={RouterNavLink}
            to={item.to}
            label={item.label}
            leftSection={<item.icon size={18} stroke={1.7} />}
            onClick={navbar.close}
            vars={activeItemHover}
          />
        ))}
      </AppShell.Navbar>

      <AppShell.Main>
        {state === 'loading' ? (
          <PageLoader />
        ) : (
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        )}
      </AppShell.Main>
    </AppShell>
  );
}
