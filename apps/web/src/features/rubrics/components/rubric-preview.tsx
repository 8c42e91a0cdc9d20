import { needsEvidence, RubricVersion, Scorecard } from '@calibrate/contracts';
import { Button, Grid, Group, Paper, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';

import {
  CategoryStepper,
  InterviewDraft,
  interviewSteps,
  memoryWriteStorage,
  QuestionCard,
  SaveQueue,
  useInterviewKeys,
} from '@/features/scorecards';

/** A scorecard nobody owns: the preview's ratings stay in this window. */
function previewScorecard(version: RubricVersion): Scorecard {
  return {
    id: crypto.randomUUID(),
    roundId: crypto.randomUUID(),
    candidateId: crypto.randomUUID(),
    rubricVersionId: version.id,
    interviewerId: crypto.randomUUID(),
    interviewerName: 'Preview',
    status: 'draft',
    recommendation: null,
    summary: '',
    declinedReason: null,
    submittedAt: null,
    version: 1,
    answers: [],
    scores: { categories: [], weightedScore: null, weightedScore100: null },
  };
}

/**
 * The draft exactly as interviewers meet it in interview mode (the same components and keys), with
 * ratings that are never sent anywhere.
 */
export function RubricPreview({ version }: { version: RubricVersion }) {
  const [queue] = useState(
    () =>
      new SaveQueue({
        transport: { send: async (_target, body, base) => ({ version: base + 1, value: body }) },
        storage: memoryWriteStorage(),
        userId: 'preview',
        debounceMs: 0,
      }),
  );
  useEffect(() => () => queue.stop(), [queue]);
  const [draft] = useState(() => new InterviewDraft(previewScorecard(version), queue));
  useEffect(() => draft.connect(), [draft]);
  const steps = useMemo(() => interviewSteps(version).slice(0, -1), [version]);
  const [current, setCurrent] = useState(0);
  const step = steps[current];
  const go = (index: number) => setCurrent(Math.max(0, Math.min(steps.length - 1, index)));
  const rate = (rating: number) => {
    if (!step || step.kind !== 'question') return;
    draft.setAnswer(step.question.id, { rating });
    if (!needsEvidence(draft.getAnswer(step.question.id))) go(current + 1);
  };
  useInterviewKeys((action) => {
    if (action.type === 'rate') rate(action.rating);
    if (action.type === 'not-asked' && step?.kind === 'question') {
      draft.setAnswer(step.question.id, { notAsked: true });
      go(current + 1);
    }
    if (action.type === 'next') go(current + 1);
    if (action.type === 'previous') go(current - 1);
  });

  if (!step || step.kind !== 'question')
    return <Text c="dimmed">This draft has no questions yet.</Text>;
  return (
    <Grid columns={24} gap="md">
      <Grid.Col span={{ base: 24, md: 7 }}>
        <Paper withBorder radius="md" p="sm">
          <CategoryStepper
            draft={draft}
            rubric={{ ...version, categories: version.categories }}
            steps={[...steps, { kind: 'wrap-up' }]}
            current={current}
            onJump={(index) => go(index)}
          />
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 24, md: 17 }}>
        <Paper withBorder radius="md" p="md">
          <QuestionCard
            draft={draft}
            question={step.question}
            category={step.category}
            number={step.number}
            total={steps.length}
            timer={null}
            onRate={rate}
            onNotAsked={() => {
              draft.setAnswer(step.question.id, { notAsked: true });
              go(current + 1);
            }}
          />
          <Group justify="space-between" mt="md">
            <Button variant="default" disabled={current === 0} onClick={() => go(current - 1)}>
              Previous
            </Button>
            <Text size="xs" c="dimmed">
              Preview: ratings here are not saved.
            </Text>
            <Button disabled={current === steps.length - 1} onClick={() => go(current + 1)}>
              Next
            </Button>
          </Group>
        </Paper>
      </Grid.Col>
    </Grid>
  );
}
