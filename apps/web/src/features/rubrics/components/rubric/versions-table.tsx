import { Rubric } from '@calibrate/contracts';
import { Anchor, Badge, Paper, Table } from '@mantine/core';
import { Link } from 'react-router';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

/** Every version of a rubric: its status, when it was published, how many rounds it scores. */
export function VersionsTable({ rubric }: { rubric: Rubric }) {
  return (
    <Paper withBorder radius="md" p={0}>
      <Table verticalSpacing="sm" aria-label="Versions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Version</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Published</Table.Th>
            <Table.Th ta="right">Rounds scored with it</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rubric.versions.map((v) => (
            <Table.Tr key={v.id}>
              <Table.Td>
                <Anchor component={Link} to={`/rubric-versions/${v.id}`}>
                  Version {v.version}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Badge
                  variant="light"
                  c="dark.8"
                  color={
                    v.status === 'draft'
                      ? 'yellow'
                      : v.id === rubric.currentVersionId
                        ? 'teal'
                        : 'gray'
                  }
                >
                  {v.status === 'draft'
                    ? 'Draft'
                    : v.id === rubric.currentVersionId
                      ? 'Current'
                      : 'Published'}
                </Badge>
              </Table.Td>
              <Table.Td>
                {v.publishedAt ? dateFormat.format(new Date(v.publishedAt)) : '—'}
              </Table.Td>
              <Table.Td ta="right">{v.roundCount}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
