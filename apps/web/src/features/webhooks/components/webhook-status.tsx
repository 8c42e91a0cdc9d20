import { WebhookDelivery, WebhookEndpoint } from '@calibrate/contracts';
import { Badge } from '@mantine/core';

/** Enabled, disabled by an admin, or disabled after a day of failures. */
export function EndpointStatusBadge({ endpoint }: { endpoint: WebhookEndpoint }) {
  if (endpoint.enabled)
    return endpoint.failingSince ? (
      <Badge color="orange" variant="light">
        Failing
      </Badge>
    ) : (
      <Badge color="teal" variant="light">
        Enabled
      </Badge>
    );
  return endpoint.disabledReason === 'failing' ? (
    <Badge color="red" variant="light">
      Disabled after failures
    </Badge>
  ) : (
    <Badge color="gray" variant="light">
      Disabled
    </Badge>
  );
}

/** "Delivered · 200", "Failed · 500", "Pending": a delivery's state in a few characters. */
export function DeliveryStatusBadge({
  status,
  statusCode,
}: Pick<WebhookDelivery, 'status' | 'statusCode'>) {
  const color = status === 'delivered' ? 'teal' : status === 'failed' ? 'red' : 'yellow';
  const label = status === 'delivered' ? 'Delivered' : status === 'failed' ? 'Failed' : 'Pending';
  return (
    <Badge color={color} variant="light">
      {statusCode === null ? label : `${label} · ${statusCode}`}
    </Badge>
  );
}
