import { Skeleton, Table } from '@mantine/core';

export function CandidatesTableSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <Table verticalSpacing="xs" aria-busy="true" aria-label="Loading candidates">
      <Table.Tbody>
        {Array.from({ length: rows }, (_, index) => (
          <Table.Tr key={index}>
            {[20, 160, 220, 130, 90, 60, 80].map((width, cell) => (
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
