import { declineScorecardSchema } from '@calibrate/contracts';
import { ActionIcon, Button, Group, Menu, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconDots, IconUserOff, IconX } from '@tabler/icons-react';
import { zod4Resolver } from 'mantine-form-zod-resolver';

import { useDeclineScorecard, useMarkNoShow } from '../api/interviews';

interface RoundActionsProps {
  roundId: string;
  scorecardId: string;
  candidateName: string;
  /** "menu": an icon menu for table rows; "buttons": labelled buttons for interview mode. */
  variant?: 'menu' | 'buttons';
  onDone?: () => void;
}

/** "Candidate did not show" and "Decline with reason": the two ways a round ends without scores. */
export function RoundActions({
  roundId,
  scorecardId,
  candidateName,
  variant = 'menu',
  onDone,
}: RoundActionsProps) {
  const [noShowOpen, noShowModal] = useDisclosure(false);
  const [declineOpen, declineModal] = useDisclosure(false);

  return (
    <>
      {variant === 'menu' ? (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={`More for ${candidateName}`}>
              <IconDots size={18} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconUserOff size={16} />} onClick={noShowModal.open}>
              Candidate did not show
            </Menu.Item>
            <Menu.Item leftSection={<IconX size={16} />} onClick={declineModal.open}>
              Decline…
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      ) : (
        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            leftSection={<IconUserOff size={16} />}
            onClick={noShowModal.open}
          >
            Did not show
          </Button>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconX size={16} />}
            onClick={declineModal.open}
          >
            Decline
          </Button>
        </Group>
      )}
      <Modal
        opened={noShowOpen}
        onClose={noShowModal.close}
        title="Candidate did not show"
        centered
      >
        <NoShowConfirm
          roundId={roundId}
          candidateName={candidateName}
          onClose={noShowModal.close}
          onDone={onDone}
        />
      </Modal>
      <Modal
        opened={declineOpen}
        onClose={declineModal.close}
        title="Decline this interview"
        centered
      >
        <DeclineForm scorecardId={scorecardId} onClose={declineModal.close} onDone={onDone} />
      </Modal>
    </>
  );
}

function NoShowConfirm({
  roundId,
  candidateName,
  onClose,
  onDone,
}: {
  roundId: string;
  candidateName: string;
  onClose: () => void;
  onDone?: () => void;
}) {
  const markNoShow = useMarkNoShow();
  return (
    <Stack>
      <Text size="sm">
        {candidateName} did not attend. The round closes for the whole panel and nobody owes a
        scorecard for it; it counts in the job’s show rate.
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button
          color="orange"
          loading={markNoShow.isPending}
          onClick={() =>
            markNoShow.mutate(roundId, {
              onSuccess: () => {
                notifications.show({ message: `Recorded: ${candidateName} did not show.` });
                onClose();
                onDone?.();
              },
            })
          }
        >
          Record no-show
        </Button>
      </Group>
    </Stack>
  );
}

function DeclineForm({
  scorecardId,
  onClose,
  onDone,
}: {
  scorecardId: string;
  onClose: () => void;
  onDone?: () => void;
}) {
  const decline = useDeclineScorecard();
  const form = useForm({
    initialValues: { reason: '' },
    validate: zod4Resolver(declineScorecardSchema),
  });
  return (
    <form
      onSubmit={form.onSubmit((values) =>
        decline.mutate(
          { scorecardId, reason: values.reason },
          {
            onSuccess: () => {
              notifications.show({ message: 'You declined this interview.' });
              onClose();
              onDone?.();
            },
          },
        ),
      )}
    >
      <Stack>
        <Text size="sm">
          You will not score this round; the rest of the panel still does. Say why, for the
          recruiter.
        </Text>
        <Textarea
          label="Reason"
          placeholder="e.g. I know the candidate personally"
          autosize
          minRows={2}
          data-autofocus
          {...form.getInputProps('reason')}
        />
        {decline.isError && (
          <Text c="red" size="sm" role="alert">
            {decline.error.message}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" color="red" loading={decline.isPending}>
            Decline interview
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
