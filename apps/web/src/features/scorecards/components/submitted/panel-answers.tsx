import { RoundAnswers } from '@calibrate/contracts';
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';

import { QueryState } from '@/components/ui/query-state';

import { useRoundAnswers } from '../../api/round-answers';
import { isSplit, ratingText, recommendationText } from '../../model/submitted-scorecard';
import classes from './submitted.module.css';

type Interviewer = RoundAnswers['interviewers'][number];

/**
 * The round's panel question by question: each submitted interviewer's rating and note. Shown once
 * the viewer has submitted (the API refuses it before: independence).
 */
export function PanelAnswers({ roundId, scorecardId }: { roundId: string; scorecardId: string }) {
  const answers = useRoundAnswers(roundId);
  return (
    <QueryState
      query={answers}
      loadingLabel="Loading the panel’s answers"
      errorTitle="The panel’s answers could not be loaded"
      errorMessage={answers.error?.message}
    >
      {(data) => <PanelAnswerList data={data} ownScorecardId={scorecardId} />}
    </QueryState>
  );
}

function PanelAnswerList({ data, ownScorecardId }: { data: RoundAnswers; ownScorecardId: string }) {
  const byScorecard = new Map(data.interviewers.map((i) => [i.scorecardId, i]));
  const nameOf = (interviewer: Interviewer | undefined) =>
    interviewer?.scorecardId === ownScorecardId ? 'You' : (interviewer?.interviewerName ?? '—');
  const waiting = data.interviewers.filter((i) => i.status === 'draft');
  const declined = data.interviewers.filter((i) => i.status === 'declined');
  return (
    <Stack gap="md">
      <Paper component="section" withBorder radius="md" p="md" aria-labelledby="panel-wrap-up">
        <Title order={2} size="h4" id="panel-wrap-up" mb="xs">
          Recommendations and summaries
        </Title>
        <Stack gap="sm">
          {data.interviewers
            .filter((i) => i.status === 'submitted')
            .map((interviewer) => (
              <div key={interviewer.scorecardId} className={classes.question}>
                <Group gap="sm" align="baseline">
                  <Text size="sm" fw={700} className={classes.interviewer}>
                    {nameOf(interviewer)}
                  </Text>
                  <Text size="sm">{recommendationText(interviewer.recommendation)}</Text>
                </Group>
                <Text size="sm" className={classes.note}>
                  {interviewer.summary.trim() || (
                    <Text span size="sm" c="dimmed">
                      No summary written.
                    </Text>
                  )}
                </Text>
              </div>
            ))}
          {waiting.length > 0 && (
            <Text size="sm" c="dimmed">
              Not submitted yet: {waiting.map((i) => i.interviewerName).join(', ')}. Their answers
              show here once they submit.
            </Text>
          )}
          {declined.length > 0 && (
            <Text size="sm" c="dimmed">
              Declined: {declined.map((i) => i.interviewerName).join(', ')}.
            </Text>
          )}
        </Stack>
      </Paper>

      {data.categories.map((category) => (
        <Paper
          key={category.categoryId}
          component="section"
          withBorder
          radius="md"
          p="md"
          aria-labelledby={`panel-category-${category.categoryId}`}
        >
          <Title order={2} size="h4" id={`panel-category-${category.categoryId}`} mb="xs">
            {category.name}
          </Title>
          <Stack gap="sm">
            {category.questions.map((question) => {
              const split = isSplit(question.answers.map((a) => a.rating));
              return (
                <div
                  key={question.questionId}
                  className={classes.question}
                  role="group"
                  aria-label={question.text}
                >
                  <Group gap="xs" align="baseline" wrap="nowrap" justify="space-between">
                    <Text size="sm" fw={600}>
                      {question.text}
                    </Text>
                    {split && (
                      <Badge variant="outline" color="dark" size="sm" style={{ flex: 'none' }}>
                        Split
                      </Badge>
                    )}
                  </Group>
                  {question.answers.length === 0 && (
                    <Text size="sm" c="dimmed">
                      No submitted answers yet.
                    </Text>
                  )}
                  {question.answers.map((answer) => (
                    <Group
                      key={answer.scorecardId}
                      gap="sm"
                      align="baseline"
                      wrap="wrap"
                      mt={4}
                      data-testid="panel-answer"
                    >
                      <Text size="sm" className={classes.interviewer}>
                        {nameOf(byScorecard.get(answer.scorecardId))}
                      </Text>
                      <Text size="sm" fw={700} className={classes.rating}>
                        {ratingText(answer)}
                      </Text>
                      <Text size="sm" className={classes.note} style={{ flex: '1 1 12rem' }}>
                        {answer.note.trim() || (
                          <Text span size="sm" c="dimmed">
                            No note.
                          </Text>
                        )}
                      </Text>
                    </Group>
                  ))}
                </div>
              );
            })}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
