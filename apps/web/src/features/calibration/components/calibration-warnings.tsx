import { CalibrationReport } from '@calibrate/contracts';
import { Alert, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

const titles: Record<string, string> = {
  NOT_CONNECTED: 'Some interviewers are outside the main group',
  NO_LINKS: 'No candidate was scored by two interviewers',
  NOT_CONVERGED: 'The fit did not fully settle',
  NO_DATA: 'Nothing to fit yet',
};

const advice: Record<string, string> = {
  NOT_CONNECTED:
    'Leniency is only comparable between interviewers linked through shared candidates (a panel, or different rounds of one candidate). Put them on a panel with someone from the main group to bring them in.',
  NO_LINKS:
    'Leniency can only be told apart from a candidate’s ability when two interviewers score the same candidate. Panels or a second round fix this.',
  NOT_CONVERGED: 'Treat the figures as rough; the next refit usually settles them.',
};

/** The fit's warnings, each with what it means for the figures and what to do. */
export function CalibrationWarnings({ report }: { report: CalibrationReport }) {
  if (report.warnings.length === 0) return null;
  return (
    <Stack gap="sm" component="section" aria-label="Warnings">
      {report.warnings.map((warning) => (
        <Alert
          key={warning.code}
          color="orange"
          variant="light"
          icon={<IconAlertTriangle size={18} aria-hidden />}
          title={titles[warning.code] ?? 'Note'}
        >
          <Text size="sm">{warning.message}</Text>
          {advice[warning.code] && (
            <Text size="sm" mt={4}>
              {advice[warning.code]}
            </Text>
          )}
        </Alert>
      ))}
    </Stack>
  );
}
