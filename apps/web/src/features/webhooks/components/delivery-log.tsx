import { WebhookDelivery } from '@calibrate/contracts';
import { Button, Code, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';

import { QueryState } from '@/components/ui/query-state';
import { formatDayAndTime } from '@/lib/format-date';

import { useRedeliver, useWebhookDeliveries } from '../api/webhook-deliveries';
import { DeliveryStatusBadge } from './webhook-status';

/** An endpoint's deliveries, newest first: what was sent, how it went, and a way to send it again. */
export function DeliveryLog({ endpointId, enabled }: { endpointId: string; enabled: boolean }) {
  const log = useWebhookDeliveries(endpointId);
  const redeliver = useRedeliver();
  return (
    <QueryState
      query={log}
      loadingLabel="Loading deliveries"
      errorTitle="The delivery log could not be loaded"
      errorMessage={log.error?.message}
      isEmpty={(data) => data.pages.every((page) => page.items.length === 0)}
      empty={
        <Text c="dimmed" size="sm" py="md">
          Nothing sent yet. Use “Send test” to post a ping now.
        </Text>
      }
    >
      {(data) => (
        <Stack gap="sm">
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="xs" aria-label="Deliveries">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Event</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Attempts</Table.Th>
                  <Table.Th>Time</Table.Th>
                  <Table.Th>Error</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.pages
                  .flatMap((page) => page.items)
                  .map((delivery) => (
                    <DeliveryRow
                      key={delivery.id}
                      delivery={delivery}
                      canRedeliver={enabled}
                      redelivering={redeliver.isPending && redeliver.variables === delivery.id}
                      onRedeliver={() => redeliver.mutate(delivery.id)}
                    />
                  ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {log.hasNextPage && (
            <Button
              variant="default"
              onClick={() => void log.fetchNextPage()}
              loading={log.isFetchingNextPage}
              style={{ alignSelf: 'center' }}
            >
              Show older deliveries
            </Button>
          )}
        </Stack>
      )}
    </QueryState>
  );
}

function DeliveryRow({
  delivery,
  canRedeliver,
  redelivering,
  onRedeliver,
}: {
  delivery: WebhookDelivery;
  canRedeliver: boolean;
  redelivering: boolean;
  onRedeliver: () => void;
}) {
  const at = delivery.lastAttemptAt ?? delivery.createdAt;
  return (
    <Table.Tr>
      <Table.Td>
        <Code>{delivery.eventType}</Code>
        <Text size="xs" c="dimmed" ff="monospace">
          {delivery.eventId}
        </Text>
      </Table.Td>
      <Table.Td>
        <DeliveryStatusBadge status={delivery.status} statusCode={delivery.statusCode} />
      </Table.Td>
      <Table.Td>{delivery.attempts}</Table.Td>
      <Table.Td>
        <Text size="sm">{formatDayAndTime(at)}</Text>
        {delivery.durationMs !== null && (
          <Text size="xs" c="dimmed">
            {delivery.durationMs} ms
          </Text>
        )}
        {delivery.status === 'pending' && delivery.nextAttemptAt && delivery.attempts > 0 && (
          <Text size="xs" c="dimmed">
            Next try {formatDayAndTime(delivery.nextAttemptAt)}
          </Text>
        )}
      </Table.Td>
      <Table.Td maw={280}>
        {delivery.error ? (
          <Tooltip label={delivery.responseBody || delivery.error} multiline maw={360}>
            <Text size="sm" c="red" lineClamp={2}>
              {delivery.error}
            </Text>
          </Tooltip>
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {delivery.status !== 'pending' && canRedeliver && (
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconRefresh size={14} />}
            loading={redelivering}
            onClick={onRedeliver}
            aria-label={`Redeliver ${delivery.eventType} ${delivery.eventId}`}
          >
            Redeliver
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
