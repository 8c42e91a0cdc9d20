import { MyInterview } from '@calibrate/contracts';
import { Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlayerPlay } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';

/** Starting more than this early asks first: the interview timer starts with the interview. */
export const EARLY_START_MINUTES = 15;

const timeFormat = new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit' });
const dayFormat = new Intl.DateTimeFormat('en', {
  weekday: 'long',
  month: 'short',
  day: 'numeric',
});

/** Whether opening this interview now is starting it well before its slot. */
export function startsEarly(item: Pick<MyInterview, 'scheduledAt' | 'answered'>, now: Date) {
  return (
    item.answered === 0 &&
    new Date(item.scheduledAt).getTime() - now.getTime() > EARLY_START_MINUTES * 60_000
  );
}

/**
 * "Start interview" (or "Continue"). Hours before the slot it asks "Scheduled for 15:30: start
 * now?", since the usual reason is the wrong row on a busy list.
 */
export function StartInterviewButton({
  item,
  now,
  size = 'xs',
  grow = false,
}: {
  item: MyInterview;
  now: Date;
  size?: 'xs' | 'md';
  /** Take the free width of its row (a card on a phone). */
  grow?: boolean;
}) {
  const style = grow ? { flex: 1 } : undefined;
  const [asking, ask] = useDisclosure(false);
  const navigate = useNavigate();
  const action = item.answered > 0 ? 'Continue' : 'Start interview';
  const to = `/interviews/${item.scorecardId}`;
  const label = `${action}: ${item.candidateName}, ${item.roundName}`;
  if (!startsEarly(item, now))
    return (
      <Button
        component={Link}
        to={to}
        size={size}
        style={style}
        leftSection={<IconPlayerPlay size={14} />}
        aria-label={label}
      >
        {action}
      </Button>
    );
  const slot = new Date(item.scheduledAt);
  const sameDay = slot.toDateString() === now.toDateString();
  const when = `${sameDay ? 'today' : dayFormat.format(slot)} at ${timeFormat.format(slot)}`;
  return (
    <>
      <Button
        size={size}
        style={style}
        leftSection={<IconPlayerPlay size={14} />}
        aria-label={label}
        onClick={ask.open}
      >
        {action}
      </Button>
      <Modal opened={asking} onClose={ask.close} title="Start this interview now?" centered>
        <Text size="sm" mb="md">
          {item.candidateName}&apos;s {item.roundName} is scheduled for {when}. Start it now?
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={ask.close}>
            Not yet
          </Button>
          <Button data-autofocus onClick={() => void navigate(to)}>
            Start now
          </Button>
        </Group>
      </Modal>
    </>
  );
}
