import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

interface ErrorAlertProps {
  title: string;
  message: string;
  actionLabel?: string;
  onAction?: () => void;
}

/** A failed load shown in place, with a way out (retry, reload). */
export function ErrorAlert({
  title,
  message,
  actionLabel = 'Try again',
  onAction,
}: ErrorAlertProps) {
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} title={title} m="md">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{message}</Text>
        {onAction && (
          <Button size="xs" variant="light" color="red" onClick={onAction}>
            {actionLabel}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
