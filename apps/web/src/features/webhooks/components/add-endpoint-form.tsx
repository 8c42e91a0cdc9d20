import {
  CreatedWebhookEndpoint,
  createWebhookEndpointSchema,
  WebhookEventType,
} from '@calibrate/contracts';
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';

import { fieldErrors } from '@/lib/error-details';

import { useCreateWebhookEndpoint } from '../api/webhook-endpoints';
import { EventCheckboxes } from './event-checkboxes';

/** A new endpoint: its URL, what it is for, and the events it takes. */
export function AddEndpointForm({
  onCreated,
  onCancel,
}: {
  onCreated: (endpoint: CreatedWebhookEndpoint) => void;
  onCancel: () => void;
}) {
  const create = useCreateWebhookEndpoint();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { url: '', description: '', events: [] as WebhookEventType[] },
    validate: zod4Resolver(createWebhookEndpointSchema),
  });
  const submit = form.onSubmit((values) =>
    create.mutate(values, {
      onSuccess: onCreated,
      onError: (error) =>
        error.code === 'WEBHOOK_TARGET_FORBIDDEN'
          ? form.setFieldError('url', error.message)
          : form.setErrors(fieldErrors(error)),
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {create.error &&
          create.error.code !== 'VALIDATION_FAILED' &&
          create.error.code !== 'WEBHOOK_TARGET_FORBIDDEN' && (
            <Alert color="red" role="alert">
              {create.error.message}
            </Alert>
          )}
        <TextInput
          label="Endpoint URL"
          description="Where Calibrate posts events (https in production)."
          placeholder="https://example.com/hooks/calibrate"
          required
          data-autofocus
          key={form.key('url')}
          {...form.getInputProps('url')}
        />
        <TextInput
          label="Description"
          placeholder="ATS sync"
          key={form.key('description')}
          {...form.getInputProps('description')}
        />
        <EventCheckboxes key={form.key('events')} {...form.getInputProps('events')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={create.isPending}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Add endpoint
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
