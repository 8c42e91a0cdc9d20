import { RubricVersion, ScorecardAmendment } from '@calibrate/contracts';
import { List, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';

import { ratingText, recommendationText } from '../../model/submitted-scorecard';
import { dateTime } from './own-scorecard';
import classes from './submitted.module.css';

/** Every amendment of the submitted scorecard, newest first: who, when, why, before → after. */
export function AmendmentHistory({
  amendments,
  rubric,
}: {
  amendments: ScorecardAmendment[];
  rubric: RubricVersion;
}) {
  const numbers = new Map(
    rubric.categories
      .flatMap((c) => c.questions)
      .map((question, index) => [question.id, { number: index + 1, text: question.text }]),
  );
  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby="amendment-history">
      <Title order={2} size="h4" id="amendment-history" mb="xs">
        Amendments
      </Title>
      {amendments.length === 0 ? (
        <Text size="sm" c="dimmed">
          None. A change after submitting is an amendment with a reason, kept here with what it
          changed.
        </Text>
      ) : (
        <Stack gap="sm">
          {[...amendments].reverse().map((amendment) => (
            <div key={amendment.id} className={classes.question} data-testid="amendment">
              <Text size="sm">
                <b>{amendment.actorName ?? 'Someone'}</b>,{' '}
                {dateTime.format(new Date(amendment.amendedAt))}
              </Text>
              <Text size="sm" className={classes.note}>
                Reason: {amendment.reason}
              </Text>
              <List size="sm" spacing={2} mt={4}>
                {amendment.answers.map((change) => {
                  const question = numbers.get(change.questionId);
                  const label = question
                    ? `Question ${question.number}: ${question.text}`
                    : 'A question';
                  return (
                    <List.Item key={change.questionId}>
                      {label}:{' '}
                      <Change before={describe(change.before)} after={describe(change.after)} />
                    </List.Item>
                  );
                })}
                {amendment.recommendation && (
                  <List.Item>
                    Recommendation:{' '}
                    <Change
                      before={recommendationText(amendment.recommendation.before)}
                      after={recommendationText(amendment.recommendation.after)}
                    />
                  </List.Item>
                )}
                {amendment.summary && (
                  <List.Item>
                    Summary:{' '}
                    <Change
                      before={amendment.summary.before || '(empty)'}
                      after={amendment.summary.after || '(empty)'}
                    />
                  </List.Item>
                )}
              </List>
            </div>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

function describe(value: ScorecardAmendment['answers'][number]['before']): string {
  if (!value) return 'Not answered';
  const note = value.note.trim();
  return note ? `${ratingText(value)}, “${note}”` : ratingText(value);
}

/** "before → after", with words for screen readers and print, not an arrow alone. */
export function Change({ before, after }: { before: string; after: string }) {
  return (
    <span className={classes.note}>
      <span className={classes.changeBefore}>
        <VisuallyHidden component="span">was </VisuallyHidden>
        {before}
      </span>{' '}
      <span aria-hidden>→ </span>
      <VisuallyHidden component="span">now </VisuallyHidden>
      <b>{after}</b>
    </span>
  );
}
