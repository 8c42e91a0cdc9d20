import { EmailOutboxItem, EmailStatus, emailStatuses } from '@calibrate/contracts';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  EmptyState,
  Paper,
  SegmentedControl,
  Skeleton,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconMail, IconMailCheck, IconMailPause } from '@tabler/icons-react';

import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/query-state';
import { formatDayAndTime } from '@/lib/format-date';

import { useEmailOutbox } from '../api/email-outbox';
import { kindLabels, statusColors, statusLabels } from '../model/email-labels';
import { EmailMessageModal } from './email-message-modal';
import { useOutboxFilters } from './use-outbox-filters';

/**
 * Every e-mail the app wrote, newest first: what went out, what waits and what failed. Without
 * SMTP settings nothing is sent, and this is where mail can be read (development, demos).
 */
export function OutboxPage() {
  const { status, emailId, set } = useOutboxFilters();
  const outbox = useEmailOutbox(status);
  const smtpConfigured = outbox.data?.pages[0]?.smtpConfigured;

  return (
    <Stack gap="lg">
      <PageHeader
        title="E-mail outbox"
        description="Invitations, reminders and digests as they were written, newest first."
      />
      {smtpConfigured !== undefined && <SmtpBanner configured={smtpConfigured} />}
      <SegmentedControl
        w="fit-content"
        aria-label="Show e-mails"
        value={status ?? 'all'}
        onChange={(value) => set('status', value === 'all' ? null : value)}
        data={[
          { value: 'all', label: 'All' },
          ...emailStatuses.map((s) => ({ value: s, label: statusLabels[s] })),
        ]}
      />
      <Paper withBorder radius="md" p={0}>
        <QueryState
          query={outbox}
          loading={
            <Stack p="md" gap="sm" aria-busy="true" aria-label="Loading e-mails">
              {Array.from({ length: 5 }, (_, i) => (
                <Skeleton key={i} height={18} />
              ))}
            </Stack>
          }
          errorTitle="The outbox could not be loaded"
          errorMessage={outbox.error?.message}
          isEmpty={(data) => data.pages.every((page) => page.items.length === 0)}
          empty={<NoEmail status={status} />}
        >
          {(data) => (
            <OutboxTable
              items={data.pages.flatMap((page) => page.items)}
              onOpen={(id) => set('email', id)}
            />
          )}
        </QueryState>
      </Paper>
      {outbox.hasNextPage && (
        <Button
          variant="default"
          w="fit-content"
          loading={outbox.isFetchingNextPage}
          onClick={() => void outbox.fetchNextPage()}
        >
          Load more
        </Button>
      )}
      <EmailMessageModal emailId={emailId} onClose={() => set('email', null)} />
    </Stack>
  );
}

function SmtpBanner({ configured }: { configured: boolean }) {
  return configured ? (
    <Alert color="teal" icon={<IconMailCheck size={18} />} title="E-mail is sent">
      SMTP is set up: queued e-mails go out within a minute, and failed sends are retried.
    </Alert>
  ) : (
    <Alert color="yellow" icon={<IconMailPause size={18} />} title="E-mail is not sent">
      No SMTP server is set up (SMTP_URL or SMTP_HOST), so e-mails stay queued here. Read them
      below; they go out once SMTP is configured.
    </Alert>
  );
}

function NoEmail({ status }: { status: EmailStatus | undefined }) {
  return (
    <EmptyState
      py={48}
      icon={<IconMail size={28} />}
      title={status ? `No ${statusLabels[status].toLowerCase()} e-mail` : 'No e-mail yet…'}
      description="Scheduling a round sends its panel an invitation; reminders and digests follow."
    />
  );
}

/** Statuses and dates stay on one line; the subject takes what is left. */
const nowrap = { whiteSpace: 'nowrap' } as const;

function OutboxTable({
  items,
  onOpen,
}: {
  items: EmailOutboxItem[];
  onOpen: (id: string) => void;
}) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" aria-label="E-mails">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Subject</Table.Th>
            <Table.Th>Recipient</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th style={nowrap}>Created</Table.Th>
            <Table.Th style={nowrap}>Sent</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                {/* A real button: the row opens from the keyboard too. */}
                <Anchor component="button" type="button" ta="left" onClick={() => onOpen(item.id)}>
                  {item.subject}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {kindLabels[item.kind]}
                  {item.attachmentNames.length > 0 && ` · ${item.attachmentNames.join(', ')}`}
                </Text>
              </Table.Td>
              <Table.Td>{item.recipient}</Table.Td>
              <Table.Td style={nowrap}>
                <Badge
                  color={statusColors[item.status]}
                  variant="light"
                  // The badge's label may be cut with an ellipsis; in a tight table it would be.
                  styles={{ label: { overflow: 'visible' } }}
                >
                  {statusLabels[item.status]}
                </Badge>
                {item.status !== 'sent' && item.attempts > 0 && (
                  <Text size="xs" c="dimmed">
                    {item.attempts} {item.attempts === 1 ? 'attempt' : 'attempts'}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={nowrap}>{formatDayAndTime(item.createdAt)}</Table.Td>
              <Table.Td style={nowrap}>
                {item.sentAt ? formatDayAndTime(item.sentAt) : '—'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
