import { CandidateSummary, recommendationLabels } from '@calibrate/contracts';
import { Group, Stack, Text } from '@mantine/core';

import { CategoryBars } from './category-bars';
import { rawAndCorrected, score100 } from './format';
import { ProfileSection } from './profile-section';

/**
 * The candidate's scores across all submitted scorecards; with `corrected`, the leniency-corrected
 * score beside the raw one.
 */
export function OverallScores({
  overall,
  corrected = false,
  hidden = false,
}: {
  overall: CandidateSummary['overall'];
  corrected?: boolean;
  /** The viewer's own draft hides every score of the candidate for now. */
  hidden?: boolean;
}) {
  const both = corrected
    ? rawAndCorrected(overall.weightedScore100, overall.correctedScore100)
    : null;
  return (
    <ProfileSection title="Overall">
      {hidden ? (
        <Text size="sm" c="dimmed">
          Hidden until you submit your scorecard.
        </Text>
      ) : overall.weightedScore100 === null ? (
        <Text size="sm" c="dimmed">
          No submitted scorecards yet. Scores appear once interviewers submit.
        </Text>
      ) : (
        <Stack gap="sm">
          <Group gap="xl">
            <div>
              <Text size="xs" c="dimmed">
                Weighted score
              </Text>
              <Text size="xl" fw={700}>
                {score100(overall.weightedScore100)}
                <Text span size="sm" c="dimmed">
                  {' '}
                  / 100
                </Text>
              </Text>
              {both && (
                <Text size="sm" fw={600}>
                  {both}
                </Text>
              )}
            </div>
            <div>
              <Text size="xs" c="dimmed">
                Scored rounds
              </Text>
              <Text fw={600}>{overall.scoredRounds}</Text>
            </div>
            <div>
              <Text size="xs" c="dimmed">
                Interviewers
              </Text>
              <Text fw={600}>{overall.interviewers}</Text>
            </div>
            <RecommendationCounts counts={overall.recommendations} />
          </Group>
          {both && (
            <Text size="xs" c="dimmed">
              Corrected: the same scorecards with each interviewer’s leniency taken out (how much
              higher or lower they rate than the average interviewer on the same candidates), so the
              score depends less on who interviewed.
            </Text>
          )}
          <CategoryBars categories={overall.categories} />
        </Stack>
      )}
    </ProfileSection>
  );
}

function RecommendationCounts({
  counts,
}: {
  counts: CandidateSummary['overall']['recommendations'];
}) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        Recommendations
      </Text>
      <Text size="sm">
        {(Object.keys(recommendationLabels) as (keyof typeof recommendationLabels)[])
          .filter((key) => counts[key] > 0)
          .map((key) => `${counts[key]} ${recommendationLabels[key].toLowerCase()}`)
          .join(' · ') || '—'}
      </Text>
    </div>
  );
}
