import { Alert, Button, Loader, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';

import { usePasswordResetLink } from '../api/passwords';
import { linkProblemMessage } from '../model/link-problem';
import { AuthCard } from './auth-card';
import { NewPasswordForm } from './new-password-form';

/**
 * Where the holder of an admin's reset link chooses a new password. On success every session of
 * the user has ended, and the user signs in with the new password on the sign-in page.
 */
export function ResetPasswordPage({ token }: { token: string }) {
  const navigate = useNavigate();
  const link = usePasswordResetLink(token);
  // Set when the link stops working while the form is open (used in another tab, replaced).
  const [failed, setFailed] = useState<string>();

  if (link.isPending) {
    return (
      <AuthCard title="Choose a new password">
        <Stack align="center" gap="xs" py="md" aria-busy="true">
          <Loader size="sm" aria-hidden />
          <Text size="sm">Checking your link…</Text>
        </Stack>
      </AuthCard>
    );
  }
  if (failed) return <LinkFailed message={failed} />;
  if (link.isError) {
    const problem = linkProblemMessage(link.error);
    return problem ? (
      <LinkFailed message={problem} />
    ) : (
      <LinkFailed message={link.error.message} onRetry={() => void link.refetch()} />
    );
  }
  return (
    <AuthCard
      title="Choose a new password"
      subtitle={`For ${link.data.name}. After this, you sign in with the new password.`}
    >
      <NewPasswordForm
        token={token}
        email={link.data.email}
        expiresAt={link.data.expiresAt}
        onLinkFailed={setFailed}
        onDone={(email) =>
          void navigate('/login', { replace: true, state: { passwordReset: true, email } })
        }
      />
    </AuthCard>
  );
}

/** A link that no longer works (with the reason), or a check that failed (with a retry). */
export function LinkFailed({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <AuthCard title={onRetry ? 'The link could not be checked' : 'This link cannot be used'}>
      <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
        {message}
      </Alert>
      {onRetry && (
        <Button variant="light" onClick={onRetry}>
          Try again
        </Button>
      )}
      <Button component={Link} to="/login" variant={onRetry ? 'default' : 'filled'}>
        Go to sign in
      </Button>
    </AuthCard>
  );
}
