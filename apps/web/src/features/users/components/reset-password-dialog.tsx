import { PASSWORD_RESET_LINK_HOURS, User } from '@calibrate/contracts';
import { Alert, Button, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertCircle, IconCheck, IconCopy } from '@tabler/icons-react';

import { errorDetailsOf } from '@/lib/error-details';
import { formatDateTime } from '@/lib/format-date';

import { useIssuePasswordReset } from '../api/users';

/**
 * Resets a user's password in two steps: what will happen, then the one-time link to hand over
 * (the API returns it once and keeps only its hash, so it is shown here and nowhere else).
 */
export function ResetPasswordDialog({
  user,
  opened,
  onClose,
}: {
  user: User;
  opened: boolean;
  onClose: () => void;
}) {
  const issue = useIssuePasswordReset();
  const close = () => {
    onClose();
    // Forget the link with the dialog: reopening it starts again from the explanation.
    issue.reset();
  };
  const link = issue.data && {
    url: new URL(issue.data.path, window.location.origin).toString(),
    expiresAt: issue.data.expiresAt,
  };

  return (
    <Modal opened={opened} onClose={close} title={`Reset password: ${user.name}`} centered>
      {link ? (
        <Stack gap="md">
          <Alert color="teal" icon={<IconCheck size={18} />}>
            {user.name} is signed out everywhere. Copy the link now: it is shown only this once.
          </Alert>
          <TextInput
            label="Reset link"
            value={link.url}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
          />
          <Text size="sm">
            Works once, until <strong>{formatDateTime(link.expiresAt)}</strong>. Send it to{' '}
            {user.name} privately (chat or phone): whoever opens it can set the password.
          </Text>
          <Group justify="flex-end">
            <CopyButton value={link.url}>
              {({ copied, copy }) => (
                <Button
                  variant="default"
                  leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  onClick={copy}
                >
                  {copied ? 'Copied' : 'Copy link'}
                </Button>
              )}
            </CopyButton>
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          {issue.error && (
            <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
              {errorDetailsOf(issue.error, 'VALIDATION_FAILED')?.[0]?.message ??
                issue.error.message}
            </Alert>
          )}
          <Text size="sm">
            This creates a one-time link with which {user.name} chooses a new password. It works for{' '}
            {PASSWORD_RESET_LINK_HOURS} hours.
          </Text>
          <Text size="sm">
            At once, {user.name}’s current password stops working, they are signed out everywhere,
            and any link made before stops working.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={issue.isPending}>
              Cancel
            </Button>
            <Button loading={issue.isPending} onClick={() => issue.mutate(user.id)}>
              Create reset link
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
