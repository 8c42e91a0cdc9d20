import { VALIDITY_MIN_USEFUL_R } from '@calibrate/contracts';
import { List, Paper, Text, Title } from '@mantine/core';

import { formatSdRatio } from '../model/format';

/** What the figures mean and when not to trust them, in plain words. */
export function HowToRead({ minN, overallU }: { minN: number; overallU: number | null }) {
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="validity-how-to-read-title"
    >
      <Title order={2} size="h4" id="validity-how-to-read-title" mb="xs">
        How to read this
      </Title>
      <List size="sm" spacing={6}>
        <List.Item>
          <Text span size="sm" fw={600}>
            Only hires have outcomes,
          </Text>{' '}
          and they were hired because they scored high. Among them scores vary less than among all
          applicants, which shrinks every correlation (range restriction): the observed r
          understates what the interview does.
        </List.Item>
        <List.Item>
          <Text span size="sm" fw={600}>
            Corrected r
          </Text>{' '}
          estimates the correlation among all applicants, the headline figure. For the overall score
          it is Thorndike’s case II with u = applicants’ SD of the overall score ÷ hires’ SD
          {overallU !== null && <> (u = {formatSdRatio(overallU)} here)</>}.
        </List.Item>
        <List.Item>
          <Text span size="sm" fw={600}>
            Categories and single questions
          </Text>{' '}
          are corrected through the overall score (case III), because hires were picked on it, not
          on them: their corrected figure is approximate.
        </List.Item>
        <List.Item>
          <Text span size="sm" fw={600}>
            Verdicts need both figures to agree:
          </Text>{' '}
          Predicts when the observed and the corrected 95% intervals both lie on the side of better
          outcomes and the corrected r is at least {VALIDITY_MIN_USEFUL_R.toFixed(2)}; Backwards
          when both lie on the side of worse ones; Predicts nothing otherwise (worth a look: the
          question may not earn its place). The corrected interval alone is too narrow with few
          hires, and a question that counts in the hiring score but measures nothing reads
          negatively among hires until it is corrected.
        </List.Item>
        <List.Item>
          <Text span size="sm" fw={600}>
            Too few:
          </Text>{' '}
          under {minN} hires with the outcome recorded, a correlation is too unsteady for a verdict.
        </List.Item>
      </List>
    </Paper>
  );
}
