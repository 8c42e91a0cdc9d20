import { CreatedWebhookEndpoint } from '@calibrate/contracts';
import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';

/**
 * The signing secret of a new endpoint. The API returns it once and never again, so this is the
 * only place it can be copied.
 */
export function SecretReveal({
  endpoint,
  onDone,
}: {
  endpoint: CreatedWebhookEndpoint;
  onDone: () => void;
}) {
  return (
    <Stack gap="md">
      <Alert color="orange" icon={<IconAlertTriangle size={18} />} title="Copy the secret now">
        This is the only time the signing secret is shown. Store it where your receiver can read it;
        if it is lost, delete the endpoint and add it again.
      </Alert>
      <TextInput
        label="Signing secret"
        value={endpoint.secret}
        readOnly
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        onFocus={(event) => event.currentTarget.select()}
      />
      <Text size="sm">
        Every delivery to <strong>{endpoint.url}</strong> carries a <code>Calibrate-Signature</code>{' '}
        header: an HMAC-SHA256 of the timestamp and the body with this secret. Check it before
        trusting a request.
      </Text>
      <Group justify="flex-end">
        <CopyButton value={endpoint.secret}>
          {({ copied, copy }) => (
            <Button
              variant="default"
              leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
              onClick={copy}
            >
              {copied ? 'Copied' : 'Copy secret'}
            </Button>
          )}
        </CopyButton>
        <Button onClick={onDone}>Done</Button>
      </Group>
    </Stack>
  );
}
