import { Candidate } from '@calibrate/contracts';
import { Anchor, Skeleton, Table, Text } from '@mantine/core';

import { formatRelativeDate } from '@/lib/format-date';

export function CandidatesTable({ candidates }: { candidates: Candidate[] }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" highlightOnHover aria-label="Candidates">
        <CandidatesTableHead />
        <Table.Tbody>
          {candidates.map((candidate) => (
            <Table.Tr key={candidate.id}>
              <Table.Td>
                <Text fw={500} size="sm">
                  {candidate.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Anchor href={`mailto:${candidate.email}`} size="sm" c="inherit" underline="hover">
                  {candidate.email}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={candidate.phone ? undefined : 'dimmed'}>
                  {candidate.phone ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed" title={new Date(candidate.createdAt).toLocaleString()}>
                  {formatRelativeDate(candidate.createdAt)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function CandidatesTableHead() {
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th>Name</Table.Th>
        <Table.Th>Email</Table.Th>
        <Table.Th>Phone</Table.Th>
        <Table.Th>Added</Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
}

export function CandidatesTableSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <Table verticalSpacing="xs" aria-busy="true" aria-label="Loading candidates">
      <CandidatesTableHead />
      <Table.Tbody>
        {Array.from({ length: rows }, (_, index) => (
          <Table.Tr key={index}>
            {[160, 220, 130, 80].map((width, cell) => (
              <Table.Td key={cell}>
                <Skeleton height={14} width={width} radius="sm" />
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
