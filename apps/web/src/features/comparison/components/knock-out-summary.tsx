import { Comparison, describeKnockOut } from '@calibrate/contracts';
import { Alert, List } from '@mantine/core';
import { IconBan } from '@tabler/icons-react';

import { plural } from '@/lib/plural';

import { candidateLabel } from '../model/comparison-view';

/**
 * Who of the compared candidates misses a minimum requirement, and why: beside the totals,
 * which stay as the panel rated (a knock-out is never folded into a score).
 */
export function KnockOutSummary({ comparison, blind }: { comparison: Comparison; blind: boolean }) {
  const knockedOut = comparison.candidates
    .map((candidate, index) => ({ candidate, index }))
    .filter(({ candidate }) => candidate.knockOuts.length > 0);
  if (knockedOut.length === 0) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconBan size={18} aria-hidden />}
      title={`${plural(knockedOut.length, 'candidate')} of ${comparison.candidates.length} knocked out`}
      styles={{ title: { color: 'var(--mantine-color-red-9)' } }}
    >
      <List size="sm" spacing={4}>
        {knockedOut.map(({ candidate, index }) => (
          <List.Item key={candidate.candidateId}>
            <strong>{candidateLabel(candidate.name, index, blind)}</strong>:{' '}
            {candidate.knockOuts.map(describeKnockOut).join('; ')}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
