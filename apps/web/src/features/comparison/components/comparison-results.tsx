import { Comparison } from '@calibrate/contracts';
import { Paper, Text, Title } from '@mantine/core';

import { useCan } from '@/features/auth';

import { ScaleMode } from '../model/heat-scale';
import { leniencyLookup } from '../model/leniency';
import { largestCorrection, ScoreBasis } from '../model/score-basis';
import { CategoryChart } from './category-chart';
import { ComparisonWarnings } from './comparison-warnings';
import { HeatMap } from './heat-map';
import { InterviewerLeniency } from './interviewer-leniency';
import { KnockOutSummary } from './knock-out-summary';
import { RecommendationSummary } from './recommendation-summary';
import { TotalRanking } from './total-ranking';

/**
 * What to be careful about, the totals best first, then the heat map, the category chart, who
 * scored the candidates (with their leniency) and the recommendations.
 */
export function ComparisonResults({
  comparison,
  blind,
  scale,
  basis,
  update,
}: {
  comparison: Comparison;
  blind: boolean;
  scale: ScaleMode;
  basis: ScoreBasis;
  update: (changes: Record<string, string | null>) => void;
}) {
  const other = basis === 'corrected' ? 'raw' : 'corrected';
  // Others' leniency reaches only those who may see Calibration (the API sends nulls otherwise).
  const canSeeCalibration = useCan('calibration.view');
  const correction = largestCorrection(comparison.candidates);
  return (
    <>
      <ComparisonWarnings
        comparison={comparison}
        blind={blind}
        basis={basis}
        onShowCorrected={() => update({ scoreBasis: 'corrected' })}
      />
      <KnockOutSummary comparison={comparison} blind={blind} />
      <Paper withBorder radius="md" p="md">
        <Title order={2} size="h4">
          Weighted total, best first
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          Ranked by the {basis === 'corrected' ? 'leniency-corrected' : 'raw'} total; the black tick
          marks the {other} total.
          {correction !== null &&
            correction < 0.5 &&
            ' Here leniency moves no total by half a point (0–100) or more.'}
        </Text>
        <TotalRanking comparison={comparison} blind={blind} basis={basis} scale={scale} />
      </Paper>
      <Paper withBorder radius="md" p={0}>
        <HeatMap
          comparison={comparison}
          blind={blind}
          scale={scale}
          basis={basis}
          leniency={canSeeCalibration ? leniencyLookup(comparison) : new Map()}
        />
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Title order={2} size="h4" mb="xs">
          Categories side by side
        </Title>
        {basis === 'corrected' && (
          <Text size="sm" c="dimmed" mb="xs">
            Corrected: each round&apos;s category scores less its panel&apos;s mean leniency.
          </Text>
        )}
        <CategoryChart comparison={comparison} blind={blind} basis={basis} />
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Title order={2} size="h4" mb="xs">
          Who scored them
        </Title>
        <InterviewerLeniency comparison={comparison} blind={blind} basis={basis} scale={scale} />
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Title order={2} size="h4" mb="xs">
          Recommendations
        </Title>
        <RecommendationSummary comparison={comparison} blind={blind} />
      </Paper>
    </>
  );
}
