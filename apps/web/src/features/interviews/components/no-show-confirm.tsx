import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';

import { useMarkNoShow } from '../api/interviews';

/** Records that the candidate did not attend: the round closes for the whole panel. */
export function NoShowConfirm({
  roundId,
  scorecardId,
  candidateName,
  onClose,
  onDone,
}: {
  roundId: string;
  scorecardId: string;
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
            markNoShow.mutate(
              { roundId, scorecardId },
              {
                onSuccess: () => {
                  notifications.show({ message: `Recorded: ${candidateName} did not show.` });
                  onClose();
                  onDone?.();
                },
              },
            )
          }
        >
          Record no-show
        </Button>
      </Group>
    </Stack>
  );
}
