import { declineScorecardSchema } from '@calibrate/contracts';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { zod4Resolver } from 'mantine-form-zod-resolver';

import { useDeclineScorecard } from '../api/interviews';

/** Declining my part in a round, with a reason for the recruiter; the rest of the panel scores. */
export function DeclineForm({
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
