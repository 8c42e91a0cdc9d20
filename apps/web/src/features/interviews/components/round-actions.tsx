import { ActionIcon, Button, Group, Menu, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconDots, IconUserOff, IconX } from '@tabler/icons-react';
import { useState } from 'react';

import { DeclineForm } from './decline-form';
import { NoShowConfirm } from './no-show-confirm';

interface RoundActionsProps {
  roundId: string;
  scorecardId: string;
  candidateName: string;
  /** When the round starts: before then a candidate cannot be a no-show (the API refuses it). */
  startsAt?: string;
  /** "menu": an icon menu for table rows; "buttons": labelled buttons for interview mode. */
  variant?: 'menu' | 'buttons';
  /** The menu button's size: "sm" (36 px) or "md" (42 px) where it is tapped, beside inputs or buttons of that size. */
  size?: 'xs' | 'sm' | 'md';
  onDone?: () => void;
}

/** "Candidate did not show" and "Decline with reason": the two ways a round ends without scores. */
export function RoundActions({
  roundId,
  scorecardId,
  candidateName,
  startsAt,
  variant = 'menu',
  size = 'xs',
  onDone,
}: RoundActionsProps) {
  const [noShowOpen, noShowModal] = useDisclosure(false);
  // When the screen opened: a list left open past the start time is refreshed by the API's 409.
  const [openedAt] = useState(() => Date.now());
  const notYet = startsAt !== undefined && new Date(startsAt).getTime() > openedAt;
  const notYetHint = 'Possible once the round has begun.';
  const [declineOpen, declineModal] = useDisclosure(false);

  return (
    <>
      {variant === 'menu' ? (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon
              variant={size === 'xs' ? 'subtle' : 'default'}
              color="gray"
              size={{ xs: undefined, sm: 36, md: 42 }[size]}
              aria-label={`More for ${candidateName}`}
            >
              <IconDots size={18} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item
              leftSection={<IconUserOff size={16} />}
              onClick={noShowModal.open}
              disabled={notYet}
              title={notYet ? notYetHint : undefined}
            >
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
            disabled={notYet}
            title={notYet ? notYetHint : undefined}
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
          scorecardId={scorecardId}
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
