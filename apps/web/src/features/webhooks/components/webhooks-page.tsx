import { CreatedWebhookEndpoint, WebhookEndpoint } from '@calibrate/contracts';
import {
  Anchor,
  Button,
  Code,
  EmptyState,
  Group,
  Modal,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus, IconWebhook } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/query-state';
import { formatRelativeDate } from '@/lib/format-date';

import { useWebhookEndpoints } from '../api/webhook-endpoints';
import { AddEndpointForm } from './add-endpoint-form';
import { EndpointDetail } from './endpoint-detail';
import { SecretReveal } from './secret-reveal';
import { DeliveryStatusBadge, EndpointStatusBadge } from './webhook-status';

/**
 * Admins register the URLs Calibrate posts signed events to, and follow each one's deliveries.
 * The selected endpoint is in the URL (`?endpoint=<id>`), so a notification can link to it.
 */
export function WebhooksPage() {
  const endpoints = useWebhookEndpoints();
  const [params, setParams] = useSearchParams();
  const selected = params.get('endpoint');
  const [addOpen, addModal] = useDisclosure(false);
  const [created, setCreated] = useState<CreatedWebhookEndpoint | null>(null);
  const closeAdd = () => {
    addModal.close();
    // The secret leaves the page with the dialog: it is never shown again.
    setCreated(null);
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title="Webhooks"
        description="Calibrate posts signed events to your systems as they happen."
        action={
          <Button leftSection={<IconPlus size={18} />} onClick={addModal.open}>
            Add endpoint
          </Button>
        }
      />
      <Paper withBorder radius="md" p={0}>
        <QueryState
          query={endpoints}
          loading={
            <Stack p="md" gap="sm" aria-busy="true" aria-label="Loading webhook endpoints">
              {Array.from({ length: 3 }, (_, i) => (
                <Skeleton key={i} height={18} />
              ))}
            </Stack>
          }
          errorTitle="Webhook endpoints could not be loaded"
          errorMessage={endpoints.error?.message}
          isEmpty={(data) => data.items.length === 0}
          empty={
            <EmptyState
              py={48}
              icon={<IconWebhook size={28} />}
              title="No webhooks yet"
              description="Calibrate posts signed events to your systems: a submitted scorecard, a candidate moved, a round scheduled. Add an endpoint to start."
            >
              <Button variant="light" onClick={addModal.open}>
                Add endpoint
              </Button>
            </EmptyState>
          }
        >
          {(data) => (
            <Table.ScrollContainer minWidth={720}>
              <Table verticalSpacing="xs" aria-label="Webhook endpoints">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>URL</Table.Th>
                    <Table.Th>Events</Table.Th>
                    <Table.Th>Status</Table.Th>
                    <Table.Th>Last delivery</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((endpoint) => (
                    <EndpointRow
                      key={endpoint.id}
                      endpoint={endpoint}
                      selected={endpoint.id === selected}
                    />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </QueryState>
      </Paper>
      {selected && (
        <EndpointDetail
          key={selected}
          endpointId={selected}
          onDeleted={() => setParams({}, { replace: true })}
        />
      )}
      <Modal
        opened={addOpen}
        onClose={closeAdd}
        title={created ? 'Endpoint added' : 'Add endpoint'}
        size="lg"
        centered
      >
        {created ? (
          <SecretReveal
            endpoint={created}
            onDone={() => {
              setParams({ endpoint: created.id });
              closeAdd();
            }}
          />
        ) : (
          <AddEndpointForm onCreated={setCreated} onCancel={closeAdd} />
        )}
      </Modal>
    </Stack>
  );
}

function EndpointRow({ endpoint, selected }: { endpoint: WebhookEndpoint; selected: boolean }) {
  return (
    <Table.Tr bg={selected ? 'var(--mantine-color-gray-0)' : undefined}>
      <Table.Td maw={320}>
        <Anchor
          component={Link}
          to={`?endpoint=${endpoint.id}`}
          aria-current={selected ? 'true' : undefined}
          style={{ overflowWrap: 'anywhere' }}
        >
          {endpoint.url}
        </Anchor>
        {endpoint.description && (
          <Text size="xs" c="dimmed">
            {endpoint.description}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {endpoint.events.map((event) => (
            <Code key={event}>{event}</Code>
          ))}
        </Group>
      </Table.Td>
      <Table.Td>
        <EndpointStatusBadge endpoint={endpoint} />
      </Table.Td>
      <Table.Td>
        {endpoint.lastDelivery ? (
          <Group gap="xs">
            <DeliveryStatusBadge
              status={endpoint.lastDelivery.status}
              statusCode={endpoint.lastDelivery.statusCode}
            />
            <Text size="xs" c="dimmed">
              {formatRelativeDate(endpoint.lastDelivery.at)}
            </Text>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            None yet
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
