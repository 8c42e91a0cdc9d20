import {
  ALPHA_BENCHMARKS,
  CalibrationReport,
  Estimate,
  RELIABILITY_BENCHMARKS,
} from '@calibrate/contracts';
import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';

import {
  againstAlphaGuide,
  againstBenchmark,
  describePanel,
  formatEstimateInterval,
  formatReliability,
  leniencyCost,
} from '../model/reliability';
import { ReliabilityGauge } from './reliability-gauge';
import { ReliabilityTable } from './reliability-table';

/**
 * How much of a score is the candidate: overall as four figures against the published benchmarks,
 * then per category with what leniency costs.
 */
export function ReliabilitySection({ report }: { report: CalibrationReport }) {
  const overall = report.reliability;
  const panel = describePanel(report.panelSize);
  const cost = overall ? leniencyCost(overall) : null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="reliability-title">
      <Title order={2} size="h4" id="reliability-title">
        Reliability
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        How much of a score is the candidate rather than who interviewed them and chance: 1 means
        scores depend only on the candidate, 0 only on the interviewer and the moment. Each figure
        with its 95% interval. Published benchmarks for structured interviews:{' '}
        {formatReliability(RELIABILITY_BENCHMARKS.panel)} when a panel rates the same interview,{' '}
        {formatReliability(RELIABILITY_BENCHMARKS.separate)} for separate interviews (Huffcutt,
        Culbertson &amp; Weyhrauch, 2013).
      </Text>
      {overall ? (
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg" verticalSpacing="lg">
            <Figure
              label="One interviewer"
              estimate={overall.absolute}
              benchmark="separate"
              help="What one interviewer’s score says about the candidate, with the interviewer drawn at random: their leniency included."
            />
            <Figure
              label="One interviewer, leniency taken out"
              estimate={overall.consistency}
              benchmark="separate"
              help={`The same once each interviewer’s leniency is removed, as corrected scores do. The gap to the figure before${
                cost === null ? '' : ` (${formatReliability(cost)})`
              } is what leniency costs.`}
            />
            <Figure
              label={`Panel of ${panel}`}
              estimate={overall.absoluteK}
              benchmark="panel"
              help={`The mean of ${panel}, the typical panel here: more interviewers average out more of their differences.`}
            />
            <Figure
              label={`Panel of ${panel}, leniency taken out`}
              estimate={overall.consistencyK}
              benchmark="panel"
              help="The panel’s mean once each interviewer’s leniency is removed."
            />
            <PanelAgreementFigure report={report} />
          </SimpleGrid>
          <ReliabilityTable report={report} />
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          Not enough shared candidates in this fit to estimate reliability.
        </Text>
      )}
    </Paper>
  );
}

function Figure({
  label,
  estimate,
  benchmark,
  help,
}: {
  label: string;
  estimate: Estimate;
  benchmark: keyof typeof RELIABILITY_BENCHMARKS;
  help: string;
}) {
  const interval = formatEstimateInterval(estimate);
  const comparison = againstBenchmark(estimate.value, RELIABILITY_BENCHMARKS[benchmark]);
  return (
    <div>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Group gap={8} align="baseline" wrap="wrap">
        <Text size="xl" fw={700} ff="monospace">
          {formatReliability(estimate.value)}
        </Text>
        {interval && (
          <Text size="xs" c="dimmed">
            95%: {interval}
          </Text>
        )}
      </Group>
      {comparison && (
        <Text size="xs" c="dimmed">
          {comparison.charAt(0).toUpperCase() + comparison.slice(1)} for{' '}
          {benchmark === 'panel' ? 'panel interviews' : 'separate interviews'}
        </Text>
      )}
      <ReliabilityGauge estimate={estimate} />
      <Text size="xs" c="dimmed" mt={4}>
        {help}
      </Text>
    </div>
  );
}

/**
 * Ordinal Krippendorff's alpha over panel rounds: no model, only how far the members of one panel
 * agree, their leniency differences included; beside the model's figures, against its own guide.
 */
function PanelAgreementFigure({ report }: { report: CalibrationReport }) {
  const agreement = report.panelAgreement;
  if (!agreement || agreement.overall.value === null) {
    return (
      <Text size="sm" c="dimmed">
        Panel agreement (Krippendorff’s alpha): no figure yet. It needs rounds that two or more
        interviewers scored together.
      </Text>
    );
  }
  const interval = formatEstimateInterval(agreement.overall);
  const reading = againstAlphaGuide(agreement.overall.value);
  return (
    <div>
      <Text size="sm" fw={600}>
        Panel agreement (Krippendorff’s alpha, ordinal)
      </Text>
      <Group gap={8} align="baseline" wrap="wrap">
        <Text size="xl" fw={700} ff="monospace">
          {formatReliability(agreement.overall.value)}
        </Text>
        {interval && (
          <Text size="xs" c="dimmed">
            95%: {interval}
          </Text>
        )}
      </Group>
      {reading && (
        <Text size="xs" c="dimmed">
          {reading.charAt(0).toUpperCase() + reading.slice(1)} (Krippendorff’s guide: 0.80 to rely
          on, 0.667 for tentative conclusions).
        </Text>
      )}
      <ReliabilityGauge
        estimate={agreement.overall}
        marks={[
          { label: '', value: ALPHA_BENCHMARKS.tentative },
          { label: '', value: ALPHA_BENCHMARKS.reliable },
        ]}
      />
      <Text size="xs" c="dimmed" mt={4}>
        How far interviewers on the same panel agree with each other, over{' '}
        {agreement.panels.toLocaleString('en')} panel rounds: 1 is perfect agreement, 0 no more than
        chance. It needs no model and includes the panel members’ leniency differences, so it sits
        near the “one interviewer” figure rather than the panel one.
      </Text>
    </div>
  );
}
