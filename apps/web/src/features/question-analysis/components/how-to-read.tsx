import { QuestionAnalysis } from '@calibrate/contracts';
import { List, Paper, Text, Title } from '@mantine/core';

import { formatCount } from '../model/format';

/** What each figure means and when not to trust it, in plain words. */
export function HowToRead({ rules }: { rules: QuestionAnalysis['rules'] }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="qa-how-to-read">
      <Title order={2} size="h4" id="qa-how-to-read" mb="xs">
        How to read this, and when not to trust it
      </Title>
      <List size="sm" spacing={6}>
        <List.Item>
          <Text span size="sm" fw={600}>
            Asked (not asked):
          </Text>{' '}
          answers with a rating, and the share of answers marked “not asked”, on submitted
          scorecards. A high not-asked share often means the question does not fit the interview or
          takes too long. Questions are pooled across versions: a reworded question keeps its
          history, so its figures mix the old and the new wording.
        </List.Item>
        <List.Item>
          <Text span size="sm" fw={600}>
            Ratings and mean
          </Text>{' '}
          are as interviewers gave them, before any leniency correction. Most ratings on one value
          means the question does not tell candidates apart; the mean alone says little when a few
          lenient interviewers did most of the interviews.
        </List.Item>
        <List.Item>
          <Text span size="sm" fw={600}>
            Item–rest r
          </Text>{' '}
          correlates a question’s rating with the mean of the other questions of its category on the
          same scorecard, both corrected for each interviewer’s leniency (latest calibration). Near
          0 or negative: the question measures something else than its category, or nothing. Not
          shown under {formatCount(rules.minScorecards)} scorecards or for a question alone in its
          category. Do not trust it when the category’s other questions are themselves weak, when
          calibration has not run (then nothing is corrected and lenient interviewers inflate it),
          or when the question is asked of only a narrow group of candidates.
        </List.Item>
        <List.Item>
          <Text span size="sm" fw={600}>
            Candidate share
          </Text>{' '}
          is the one-way intraclass correlation ICC(1) of the corrected rating among panel
          interviewers of the same candidate: the share of the rating’s variance that belongs to the
          candidate rather than to who interviewed. 0 or below: panels agree no better than
          strangers. Only rounds where two or more interviewers rated the question count; not shown
          under {formatCount(rules.minPanels)} such panels, and rough (±0.2) under about a hundred.
          Panels that talked before scoring look better than they are.
        </List.Item>
        <List.Item>
          <Text span size="sm" fw={600}>
            Busiest site-week
          </Text>{' '}
          counts the interviews at one site (the job’s) in one ISO week (UTC) that asked the
          question. Over {formatCount(rules.exposureWarnPerWeek)} a week (the
          QUESTION_EXPOSURE_WARN_PER_WEEK setting), answers may circulate among applicants at that
          site: rising ratings there may be rehearsal, not ability. The count says nothing about
          applicants who talk across sites or over longer spans.
        </List.Item>
      </List>
    </Paper>
  );
}
