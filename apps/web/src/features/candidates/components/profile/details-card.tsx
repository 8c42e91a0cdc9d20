import { CandidateDetail } from '@calibrate/contracts';
import { Anchor, Stack, Text } from '@mantine/core';

import { sourceLabels } from '../../model/labels';
import { when } from './format';
import { Fact, ProfileSection } from './profile-section';

export function DetailsCard({ candidate: c }: { candidate: CandidateDetail }) {
  return (
    <ProfileSection title="Details">
      <Stack gap={8}>
        <Fact label="Email">
          <Anchor href={`mailto:${c.email}`} size="sm">
            {c.email}
          </Anchor>
        </Fact>
        <Fact label="Phone">{c.phone ?? '—'}</Fact>
        <Fact label="Source">{c.source ? sourceLabels[c.source] : '—'}</Fact>
        <Fact label="Languages">
          {c.languages.length
            ? c.languages.map((l) => `${l.language} (${l.level})`).join(', ')
            : '—'}
        </Fact>
        <Fact label="Shifts">
          <span style={{ textTransform: 'capitalize' }}>
            {c.shiftAvailability.join(', ') || '—'}
          </span>
        </Fact>
        <Fact label="Typing speed">{c.typingWpm === null ? '—' : `${c.typingWpm} WPM`}</Fact>
        <Fact label="Added">{when.format(new Date(c.createdAt))}</Fact>
        {c.notes && (
          <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
            {c.notes}
          </Text>
        )}
      </Stack>
    </ProfileSection>
  );
}
