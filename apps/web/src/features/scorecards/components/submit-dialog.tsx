import { Alert, Button, Group, List, Modal, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

import { MissingItem } from '../model/interview-steps';

export type SubmitPhase =
  | { kind: 'closed' }
  | { kind: 'review'; missing: MissingItem[] }
  | { kind: 'saving' }
  | { kind: 'error'; message: string; missing: MissingItem[] };

/**
 * Before submitting: what is missing, each item a link to its question; when nothing is, a
 * confirmation (submitting locks the scorecard and reveals the panel's scores).
 */
export function SubmitDialog({
  phase,
  onClose,
  onConfirm,
  onJump,
}: {
  phase: SubmitPhase;
  onClose: () => void;
  onConfirm: () => void;
  onJump: (item: MissingItem) => void;
}) {
  const missing = phase.kind === 'review' || phase.kind === 'error' ? phase.missing : [];
  return (
    <Modal
      opened={phase.kind !== 'closed'}
      onClose={onClose}
      title={missing.length ? 'Not ready to submit' : 'Submit your scorecard?'}
      size="lg"
      centered
    >
      <Stack>
        {phase.kind === 'error' && (
          <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert">
            {phase.message}
          </Alert>
        )}
        {missing.length > 0 ? (
          <>
            <Text size="sm">
              {missing.length} thing{missing.length === 1 ? '' : 's'} to finish. Choose one to go
              there.
            </Text>
            <List spacing={4} size="sm" aria-label="Missing before submit">
              {missing.slice(0, 30).map((item) => (
                <List.Item key={`${item.kind}-${item.stepIndex}`}>
                  <UnstyledButton
                    onClick={() => onJump(item)}
                    c="blue.8"
                    td="underline"
                    fz="sm"
                    ta="left"
                  >
                    {item.message}
                  </UnstyledButton>
                </List.Item>
              ))}
            </List>
            {missing.length > 30 && (
              <Text size="sm" c="dimmed">
                and {missing.length - 30} more.
              </Text>
            )}
            <Group justify="flex-end">
              <Button
                variant="default"
                onClick={() => missing[0] && onJump(missing[0])}
                data-autofocus
              >
                Go to the first
              </Button>
            </Group>
          </>
        ) : (
          <>
            <Text size="sm">
              Your scores are locked once submitted; a later change needs an amendment with a
              reason. You will then see the rest of the panel’s scores.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Keep editing
              </Button>
              <Button onClick={onConfirm} loading={phase.kind === 'saving'} data-autofocus>
                Submit scorecard
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
