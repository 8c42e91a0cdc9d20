import { Comparison } from '@calibrate/contracts';
import { Alert, Button, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

import { candidateLabel } from '../model/comparison-view';
import { ScoreBasis } from '../model/score-basis';

/** Mantine's yellow title (#e67700) reaches 2.7:1 on the alert's #fff3bf; this dark amber, 7.3:1. */
const warningText = { title: { color: '#7a4100' }, icon: { color: '#7a4100' } };

/**
 * What to be careful about, each in words with the candidates it concerns. Where leniency
 * reorders the candidates and the screen shows raw totals, one press shows the corrected ones.
 */
export function ComparisonWarnings({
  comparison,
  blind,
  basis,
  onShowCorrected,
}: {
  comparison: Comparison;
  blind: boolean;
  basis: ScoreBasis;
  onShowCorrected: () => void;
}) {
  if (comparison.warnings.length === 0) return null;
  const label = (candidateId: string) => {
    const index = comparison.candidates.findIndex((c) => c.candidateId === candidateId);
    const candidate = comparison.candidates[index];
    return candidate ? candidateLabel(candidate.name, index, blind) : 'A candidate';
  };
  return (
    <Stack gap="xs">
      {comparison.warnings.map((warning) => (
        <Alert
          key={warning.code}
          color="yellow"
          icon={<IconAlertTriangle size={18} />}
          title={warning.message}
          styles={warningText}
        >
          {warning.candidateIds.map(label).join(', ')}
          {warning.code === 'corrected_order_differs' && basis === 'raw' && (
            <Button
              size="compact-xs"
              variant="default"
              ml="sm"
              onClick={onShowCorrected}
              data-print-hide
            >
              Show corrected totals
            </Button>
          )}
        </Alert>
      ))}
    </Stack>
  );
}
