import { SSO_LOGIN_PATH } from '@calibrate/contracts';
import { Button } from '@mantine/core';
import { IconBuildingSkyscraper } from '@tabler/icons-react';
import { useState } from 'react';

/**
 * The single sign-on button: a link, because the browser leaves for the identity provider and
 * comes back to `next` through the API's callback. `primary` when it is the only way in.
 */
export function SsoSignIn({
  label,
  next,
  primary,
}: {
  label: string;
  next: string;
  primary: boolean;
}) {
  const [leaving, setLeaving] = useState(false);
  const href = next === '/' ? SSO_LOGIN_PATH : `${SSO_LOGIN_PATH}?next=${encodeURIComponent(next)}`;
  return (
    <Button
      component="a"
      href={href}
      variant={primary ? 'filled' : 'default'}
      fullWidth
      leftSection={<IconBuildingSkyscraper size={18} aria-hidden />}
      loading={leaving}
      onClick={() => setLeaving(true)}
    >
      {label}
    </Button>
  );
}
