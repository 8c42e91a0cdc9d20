import { CALIBRATED_MIN_LINKED } from '@calibrate/contracts';
import { List, Paper, Text, Title } from '@mantine/core';

/** What the figures mean and when not to trust them, in plain words. */
export function HowToRead() {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="how-to-read-title">
      <Title order={2} size="h4" id="how-to-read-title" mb="xs">
        How to read this
      </Title>
      <List size="sm" spacing={6}>
        <List.Item>
          <Text span size="sm" fw={600}>
            Leniency +0.4:
          </Text>{' '}
          rates 0.4 points (on the 1–5 scale) higher than the average interviewer on the same
          candidates; −0.4 that much lower. 0 is the average interviewer.
        </List.Item>
        <List.Item>
          <Text span size="sm" fw={600}>
            The line around each point
          </Text>{' '}
          is its 95% interval. When it crosses 0, the interviewer can’t be told apart from the
          average yet.
        </List.Item>
        <List.Item>
          <Text span size="sm" fw={600}>
            Not yet calibrated:
          </Text>{' '}
          under {CALIBRATED_MIN_LINKED} linked scorecards (candidates someone else also scored).
          Their figure is pulled toward 0 and barely corrects scores: don’t act on it yet.
        </List.Item>
        <List.Item>
          <Text span size="sm" fw={600}>
            Outside the main group:
          </Text>{' '}
          interviewers who share no candidate with the others have no common reference, so no
          figure.
        </List.Item>
        <List.Item>
          <Text span size="sm" fw={600}>
            Corrected scores
          </Text>{' '}
          take each interviewer’s leniency out (1 rating point = 25 points on 0–100), so a
          candidate’s score depends less on whom they drew. Profiles show raw and corrected side by
          side.
        </List.Item>
      </List>
    </Paper>
  );
}
