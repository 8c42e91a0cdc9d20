import { WebhookEndpoint } from '@calibrate/contracts';
import { Alert, Button, Code, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertCircle, IconSend, IconTrash } from '@tabler/icons-react';

import { QueryState } from '@/components/ui/query-state';
import { formatDayAndTime } from '@/lib/format-date';

import {
  useDeleteWebhookEndpoint,
  useSendWebhookTest,
  useUpdateWebhookEndpoint,
  useWebhookEndpoint,
} from '../api/webhook-endpoints';
import { DeliveryLog } from './delivery-log';
import { EndpointStatusBadge } from './webhook-status';

/** One endpoint: its settings, its actions, and its delivery log. */
export function EndpointDetail({
  endpointId,
  onDeleted,
}: {
  endpointId: string;
  onDeleted: () => void;
}) {
  const endpoint = useWebhookEndpoint(endpointId);
  return (
    <Paper withBorder radius="md" p="md">
      <QueryState
        query={endpoint}
        loadingLabel="Loading the endpoint"
        errorTitle="This endpoint could not be loaded"
        errorMessage={endpoint.error?.message}
      >
        {(data) => <EndpointPanel endpoint={data} onDeleted={onDeleted} />}
      </QueryState>
    </Paper>
  );
}

function EndpointPanel({
  endpoint,
  onDeleted,
}: {
  endpoint: WebhookEndpoint;
  onDeleted: () => void;
}) {
  const update = useUpdateWebhookEndpoint(endpoint.id);
  const test = useSendWebhookTest(endpoint.id);
  const remove = useDeleteWebhookEndpoint(endpoint.id);
  const [confirmOpen, confirm] = useDisclosure(false);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Title order={2} size="h4" style={{ overflowWrap: 'anywhere' }}>
            {endpoint.url}
          </Title>
          {endpoint.description && <Text size="sm">{endpoint.description}</Text>}
          <Group gap="xs">
            <EndpointStatusBadge endpoint={endpoint} />
            <Text size="xs" c="dimmed">
              Added {formatDayAndTime(endpoint.createdAt)}
            </Text>
          </Group>
        </Stack>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconSend size={16} />}
            disabled={!endpoint.enabled}
            loading={test.isPending}
            // The queued ping shows at the top of the log below, pending until it is sent.
            onClick={() => test.mutate()}
          >
            Send test
          </Button>
          <Button
            variant="default"
            loading={update.isPending}
            onClick={() => update.mutate({ enabled: !endpoint.enabled })}
          >
            {endpoint.enabled ? 'Disable' : 'Enable'}
          </Button>
          <Button
            color="red"
            variant="light"
            leftSection={<IconTrash size={16} />}
            onClick={confirm.open}
          >
            Delete
          </Button>
        </Group>
      </Group>
      {endpoint.disabledReason === 'failing' && (
        <Alert color="red" icon={<IconAlertCircle size={18} />}>
          Deliveries failed for a day, so Calibrate stopped sending. Fix the receiver, then enable
          the endpoint again.
        </Alert>
      )}
      <Text size="sm">
        Events:{' '}
        {endpoint.events.map((event, index) => (
          <span key={event}>
            {index > 0 && ', '}
            <Code>{event}</Code>
          </span>
        ))}
      </Text>
      <Title order={3} size="h5">
        Deliveries
      </Title>
      <DeliveryLog endpointId={endpoint.id} enabled={endpoint.enabled} />
      <Modal opened={confirmOpen} onClose={confirm.close} title="Delete this endpoint?" centered>
        <Stack gap="md">
          <Text size="sm">
            Calibrate stops posting to <strong>{endpoint.url}</strong> and forgets its delivery log.
            This cannot be undone.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close} disabled={remove.isPending}>
              Cancel
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(undefined, {
                  onSuccess: () => {
                    confirm.close();
                    onDeleted();
                  },
                })
              }
            >
              Delete endpoint
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
