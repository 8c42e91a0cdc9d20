import { RoundSummary } from '@calibrate/contracts';
import { Badge, Group, Text, Tooltip } from '@mantine/core';

import { describeLeniency, formatLeniency } from '@/features/calibration';

type Interviewer = RoundSummary['interviewers'][number];

/** An interviewer's leniency from the latest calibration, when known; flagged while not calibrated. */
export function InterviewerLeniency({ interviewer }: { interviewer: Interviewer }) {
  if (interviewer.leniency === null) return null;
  return (
    <Group gap={6} wrap="nowrap">
      <Tooltip label={describeLeniency(interviewer.leniency)} multiline maw={260}>
        <Text size="xs" c="dimmed" tabIndex={0}>
          Leniency{' '}
          <Text span size="xs" ff="monospace" c="var(--mantine-color-text)">
            {formatLeniency(interviewer.leniency)}
          </Text>
        </Text>
      </Tooltip>
      {interviewer.calibrated === false && (
        <Badge size="xs" variant="light" color="orange" c="dark.7">
          Not yet calibrated
        </Badge>
      )}
    </Group>
  );
}
