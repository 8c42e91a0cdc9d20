import { AuditEvent } from '@calibrate/contracts';
import { Button, Skeleton, Table, Text } from '@mantine/core';

import { QueryState } from '@/components/ui/query-state';
import { formatRelativeDate } from '@/lib/format-date';

import { useCandidateAudit } from '../../api/get-candidate-audit';
import { describeChange } from '../../model/describe-change';
import { PersonName } from './format';
import { ProfileSection } from './profile-section';

const actionLabels: Record<string, string> = {
  'candidate.created': 'Added',
  'candidate.updated': 'Details edited',
  'candidate.stage_changed': 'Stage changed',
  'candidate.outcomes_recorded': 'Outcomes recorded',
};

/** Who changed what and when, newest first, a page at a time. */
export function AuditTrail({
  candidateId,
  personName,
}: {
  candidateId: string;
  personName: PersonName;
}) {
  const audit = useCandidateAudit(candidateId);
  return (
    <ProfileSection title="Audit trail">
      <QueryState
        query={audit}
        loading={<Skeleton height={120} />}
        errorTitle="The audit trail could not be loaded"
        errorMessage={audit.error?.message}
        isEmpty={(data) => data.pages.every((page) => page.items.length === 0)}
        empty={
          <Text size="sm" c="dimmed">
            Nothing recorded yet.
          </Text>
        }
      >
        {(data) => (
          <AuditTable events={data.pages.flatMap((page) => page.items)} personName={personName} />
        )}
      </QueryState>
      {audit.hasNextPage && (
        <Button
          mt="sm"
          variant="default"
          size="xs"
          loading={audit.isFetchingNextPage}
          onClick={() => void audit.fetchNextPage()}
        >
          Older events
        </Button>
      )}
    </ProfileSection>
  );
}

function AuditTable({ events, personName }: { events: AuditEvent[]; personName: PersonName }) {
  return (
    <Table verticalSpacing={6} aria-label="Audit trail">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>When</Table.Th>
          <Table.Th>Who</Table.Th>
          <Table.Th>What</Table.Th>
          <Table.Th>Change</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {events.map((event) => (
          <Table.Tr key={event.id}>
            <Table.Td>
              <Text size="sm" title={new Date(event.createdAt).toLocaleString()}>
                {formatRelativeDate(event.createdAt)}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{personName(event.actorId)}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{actionLabels[event.action] ?? event.action}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm" c="dimmed">
                {describeChange(event)}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
