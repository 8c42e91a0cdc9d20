import { ValidityVerdict } from '@calibrate/contracts';
import { Badge, Text } from '@mantine/core';

import { describeVerdict, verdictColors, verdictLabels } from '../model/verdict';

/** A cell's verdict in words (colour only adds to them); "Too few" is no verdict, so no badge. */
export function VerdictBadge({ verdict, minN }: { verdict: ValidityVerdict; minN: number }) {
  const description = describeVerdict(verdict, minN);
  if (verdict === 'too_few')
    return (
      <Text size="sm" c="dimmed" title={description} style={{ whiteSpace: 'nowrap' }}>
        {verdictLabels.too_few}{' '}
        <Text span size="xs" c="dimmed">
          (n &lt; {minN})
        </Text>
      </Text>
    );
  return (
    <Badge
      variant="light"
      color={verdictColors[verdict]}
      title={description}
      tt="none"
      size="md"
      style={{ whiteSpace: 'nowrap', overflow: 'visible' }}
    >
      {verdictLabels[verdict]}
    </Badge>
  );
}
