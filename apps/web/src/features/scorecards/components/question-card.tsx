import { needsEvidence, RubricCategory, RubricQuestion } from '@calibrate/contracts';
import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Paper,
  Spoiler,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { forwardRef, memo, ReactNode } from 'react';

import { InterviewDraft, useAnswer } from '../autosave/interview-draft';
import { useCompactLayout } from './interview-mode/use-compact-layout';
import classes from './question-card.module.css';
import { RatingGroup, RatingOption } from './rating-group';

const LEVELS = [1, 2, 3, 4, 5] as const;

export function anchorOptions(question: RubricQuestion): RatingOption<number>[] {
  return LEVELS.map((level) => ({
    value: level,
    key: String(level),
    label: '',
    description: question.anchors[level - 1] || 'No anchor written for this level.',
    ariaLabel: `${level}: ${question.anchors[level - 1] || 'no anchor written'}`,
  }));
}

interface QuestionCardProps {
  draft: InterviewDraft;
  question: RubricQuestion;
  category: RubricCategory;
  number: number;
  total: number;
  timer: ReactNode;
  onRate: (rating: number) => void;
  onNotAsked: () => void;
}

/**
 * One question with its guidance, the five anchors and a note. Subscribed to its own answer only:
 * typing here re-renders this card and nothing else.
 */
export const QuestionCard = memo(
  forwardRef<HTMLTextAreaElement, QuestionCardProps>(function QuestionCard(
    { draft, question, category, number, total, timer, onRate, onNotAsked },
    noteRef,
  ) {
    const answer = useAnswer(draft, question.id);
    const evidence = needsEvidence(answer);
    // The keys in the hint mean nothing on a touch screen.
    const compact = useCompactLayout();
    return (
      <Stack gap="sm">
        <Group justify="space-between" align="center">
          <Text size="sm" c="dimmed">
            {category.name} · Question {number} of {total}
          </Text>
          {timer}
        </Group>
        <Title order={2} size="h3" id={`question-${question.id}`}>
          {question.text}
        </Title>
        {question.guidance && (
          <Paper withBorder radius="md" p="sm" bg="gray.0">
            <Text size="xs" fw={700} tt="uppercase" c="dimmed" mb={4}>
              What to listen for
            </Text>
            <Spoiler maxHeight={62} showLabel="Show all guidance" hideLabel="Show less">
              <Text size="sm">{question.guidance}</Text>
            </Spoiler>
          </Paper>
        )}
        {question.followUps.length > 0 && (
          <div>
            <Text size="xs" fw={700} tt="uppercase" c="dimmed">
              Follow-up prompts
            </Text>
            <List size="sm" spacing={2}>
              {question.followUps.map((prompt) => (
                <List.Item key={prompt}>{prompt}</List.Item>
              ))}
            </List>
          </div>
        )}
        <RatingGroup
          label={`Rating for question ${number}`}
          options={anchorOptions(question)}
          value={answer.rating}
          onChange={onRate}
        />
        <Group gap="sm">
          <Button
            variant={answer.notAsked ? 'filled' : 'default'}
            color={answer.notAsked ? 'gray' : undefined}
            size="xs"
            aria-pressed={answer.notAsked}
            onClick={onNotAsked}
          >
            {answer.notAsked ? '✓ Not asked' : 'Not asked'}{' '}
            <Text span c="dimmed" size="xs" ml={6}>
              (0)
            </Text>
          </Button>
          {answer.notAsked && (
            <Badge variant="outline" color="gray">
              Left out of the score
            </Badge>
          )}
        </Group>
        <Textarea
          ref={noteRef}
          label="Note"
          description={
            compact
              ? 'What the candidate said or did.'
              : 'What the candidate said or did. Enter to write, Esc to leave.'
          }
          placeholder={evidence ? 'Evidence for this rating…' : 'Optional'}
          rows={2}
          classNames={{ input: classes.note }}
          maxLength={5000}
          value={answer.note}
          error={evidence ? 'A 1 or a 5 needs a note as evidence.' : undefined}
          onChange={(event) => draft.setAnswer(question.id, { note: event.currentTarget.value })}
        />
      </Stack>
    );
  }),
);

export function EvidenceHint() {
  return (
    <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />} p="xs">
      <Text size="sm">Press Enter to write the evidence, then Esc and J to move on.</Text>
    </Alert>
  );
}
