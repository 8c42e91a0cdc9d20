import { RequireAuth } from '@/features/auth';

import { AppShell } from '../app-shell';

/**
 * Every signed-in screen's frame: the session check, header, navigation, bell and account menu.
 * A chunk of its own, loaded beside the screen's: the sign-in page never downloads it.
 */
export function Component() {
  return (
    <RequireAuth>
      <AppShell />
    </RequireAuth>
  );
}
