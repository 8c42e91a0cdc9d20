import { EmailMessage } from '@calibrate/contracts';
import { Alert, Badge, Button, Code, Group, Modal, Skeleton, Stack, Text } from '@mantine/core';
import { IconDownload, IconPaperclip } from '@tabler/icons-react';

import { QueryState } from '@/components/ui/query-state';
import { formatDayAndTime } from '@/lib/format-date';

import { useEmailMessage } from '../api/email-outbox';
import { downloadAttachment } from '../model/download-attachment';
import { kindLabels, statusColors, statusLabels } from '../model/email-labels';

/** One e-mail as it was written: who it is for, its text, and its attachments to download. */
export function EmailMessageModal({
  emailId,
  onClose,
}: {
  emailId: string | null;
  onClose: () => void;
}) {
  const message = useEmailMessage(emailId);
  return (
    <Modal
      opened={emailId !== null}
      onClose={onClose}
      size="lg"
      title={message.data?.subject ?? 'E-mail'}
    >
      <QueryState
        query={message}
        loading={<Skeleton height={200} aria-label="Loading the e-mail" />}
        errorTitle="The e-mail could not be loaded"
        errorMessage={message.error?.message}
      >
        {(data) => <MessageView message={data} />}
      </QueryState>
    </Modal>
  );
}

function MessageView({ message }: { message: EmailMessage }) {
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Badge color={statusColors[message.status]} variant="light">
          {statusLabels[message.status]}
        </Badge>
        <Text size="sm" c="dimmed">
          {kindLabels[message.kind]}
        </Text>
      </Group>
      <Text size="sm">
        <Text span fw={600}>
          To:
        </Text>{' '}
        {message.recipient}
      </Text>
      <Text size="sm" c="dimmed">
        Written {formatDayAndTime(message.createdAt)}
        {message.sentAt && `, sent ${formatDayAndTime(message.sentAt)}`}
        {message.status === 'queued' &&
          message.nextAttemptAt &&
          message.attempts > 0 &&
          `, next try ${formatDayAndTime(message.nextAttemptAt)}`}
      </Text>
      {message.lastError && (
        <Alert color={message.status === 'failed' ? 'red' : 'yellow'} title="Last error">
          {message.lastError}
        </Alert>
      )}
      <Code block aria-label="Message text" style={{ whiteSpace: 'pre-wrap' }}>
        {message.textBody}
      </Code>
      {message.attachments.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            Attachments
          </Text>
          {message.attachments.map((attachment) => (
            <Group key={attachment.filename} gap="xs">
              <IconPaperclip size={16} aria-hidden />
              <Text size="sm">{attachment.filename}</Text>
              <Button
                size="compact-sm"
                variant="light"
                leftSection={<IconDownload size={14} />}
                aria-label={`Download ${attachment.filename}`}
                onClick={() => downloadAttachment(attachment)}
              >
                Download
              </Button>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
