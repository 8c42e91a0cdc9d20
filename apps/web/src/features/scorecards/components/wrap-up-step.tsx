import { Recommendation } from '@calibrate/contracts';
import { Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { forwardRef } from 'react';

import { InterviewDraft, useWrapUp } from '../autosave/interview-draft';
import { RatingGroup, RatingOption } from './rating-group';

export const recommendationOptions: RatingOption<Recommendation>[] = [
  {
    value: 'strong_no',
    key: '1',
    label: 'Strong no',
    description: 'Do not hire; clear evidence against.',
  },
  { value: 'no', key: '2', label: 'No', description: 'Not now; the gaps outweigh the strengths.' },
  { value: 'yes', key: '3', label: 'Yes', description: 'Hire; meets the bar for this role.' },
  {
    value: 'strong_yes',
    key: '4',
    label: 'Strong yes',
    description: 'Hire; clearly above the bar.',
  },
];

/** The overall recommendation and summary, then Submit. */
export const WrapUpStep = forwardRef<
  HTMLTextAreaElement,
  { draft: InterviewDraft; onSubmit: () => void }
>(function WrapUpStep({ draft, onSubmit }, summaryRef) {
  const wrapUp = useWrapUp(draft);
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        Wrap-up
      </Text>
      <Title order={2} size="h3">
        Your recommendation
      </Title>
      <RatingGroup
        label="Recommendation"
        options={recommendationOptions}
        value={wrapUp.recommendation}
        onChange={(recommendation) => draft.setWrapUp({ recommendation })}
      />
      <Textarea
        ref={summaryRef}
        label="Overall summary"
        description="Strengths, concerns, and anything the hiring manager should know."
        autosize
        minRows={3}
        maxRows={10}
        maxLength={10000}
        value={wrapUp.summary}
        onChange={(event) => draft.setWrapUp({ summary: event.currentTarget.value })}
      />
      <Group justify="flex-end">
        <Text size="xs" c="dimmed">
          Ctrl+Enter
        </Text>
        <Button onClick={onSubmit}>Submit scorecard</Button>
      </Group>
    </Stack>
  );
});
