import { CalibrationReport } from '@calibrate/contracts';
import { Paper, Stack, Text, Title } from '@mantine/core';

import { formatPercent } from '../model/format';
import { varianceShares } from '../model/reliability';
import classes from './calibration.module.css';

/** Okabe–Ito blue, vermillion and grey; each part is also named and printed. */
const parts = [
  {
    key: 'candidate',
    colour: '#0072B2',
    label: 'the candidate',
    help: 'real differences between candidates: what interviews are for',
  },
  {
    key: 'interviewer',
    colour: '#D55E00',
    label: 'who interviewed them',
    help: 'leniency: some interviewers rate everyone higher or lower',
  },
  {
    key: 'residual',
    colour: '#999999',
    label: 'everything else',
    help: 'the day, the questions asked, the moment, rounding',
  },
] as const;

/** The variance components as shares, in words: where the differences between scores come from. */
export function VarianceSection({
  components,
}: {
  components: CalibrationReport['varianceComponents'];
}) {
  const shares = varianceShares(components);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="variance-title">
      <Title order={2} size="h4" id="variance-title" mb="xs">
        Where score differences come from
      </Title>
      {shares ? (
        <Stack gap="sm">
          <div className={classes.shares} aria-hidden>
            {parts.map((part) => (
              <span
                key={part.key}
                className={classes.share}
                style={{ width: formatPercent(shares[part.key]), background: part.colour }}
              />
            ))}
          </div>
          <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {parts.map((part) => (
              <li key={part.key}>
                <Text size="sm">
                  <span
                    aria-hidden
                    style={{
                      display: 'inline-block',
                      width: 10,
                      height: 10,
                      marginRight: 6,
                      background: part.colour,
                    }}
                  />
                  <Text span fw={700} ff="monospace">
                    {formatPercent(shares[part.key])}
                  </Text>{' '}
                  {part.label}
                </Text>
                <Text size="xs" c="dimmed" ml={16}>
                  {part.help}
                </Text>
              </li>
            ))}
          </Stack>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          Not enough shared candidates in this fit to separate these.
        </Text>
      )}
    </Paper>
  );
}
