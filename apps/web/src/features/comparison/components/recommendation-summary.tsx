import { Comparison, recommendationLabels, recommendations } from '@calibrate/contracts';
import { Group, Stack, Text } from '@mantine/core';

import { candidateLabel } from '../model/comparison-view';

/** Per candidate, how many interviewers recommended what. */
export function RecommendationSummary({
  comparison,
  blind,
}: {
  comparison: Comparison;
  blind: boolean;
}) {
  return (
    <Stack gap={4}>
      {comparison.candidates.map((candidate, index) => (
        <Group key={candidate.candidateId} gap="sm">
          <Text size="sm" fw={600} w={200} truncate>
            {candidateLabel(candidate.name, index, blind)}
          </Text>
          <Text size="sm">
            {recommendations
              .filter((r) => candidate.overall.recommendations[r] > 0)
              .map(
                (r) =>
                  `${candidate.overall.recommendations[r]} ${recommendationLabels[r].toLowerCase()}`,
              )
              .join(' · ') || 'No recommendations yet'}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
