import { Rubric } from '@calibrate/contracts';
import { Anchor, Badge, Button, Modal, Paper, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/query-state';

import { useRubrics } from '../api/rubrics';
import { CreateRubricForm } from './create-rubric-form';

/** Every rubric with its current version, its draft, and how many rounds use it. */
export function RubricsPage({ canEdit }: { canEdit: boolean }) {
  const rubrics = useRubrics();
  const [createOpen, createModal] = useDisclosure(false);
  return (
    <Stack gap="lg">
      <PageHeader
        title="Rubrics"
        description="What every interview asks. Published versions never change; edits make a new version."
        action={
          canEdit && (
            <Button leftSection={<IconPlus size={18} />} onClick={createModal.open}>
              New rubric
            </Button>
          )
        }
      />
      <Paper withBorder radius="md" p={0}>
        <QueryState
          query={rubrics}
          loading={
            <Stack p="md" aria-busy="true" aria-label="Loading rubrics">
              <Skeleton height={18} />
              <Skeleton height={18} />
            </Stack>
          }
          errorTitle="Rubrics could not be loaded"
          errorMessage={rubrics.error?.message}
          isEmpty={(data) => data.items.length === 0}
          empty={
            <Text p="md" c="dimmed" size="sm">
              No rubric yet. Create one to start scoring interviews.
            </Text>
          }
        >
          {(data) => <RubricsTable rubrics={data.items} />}
        </QueryState>
      </Paper>
      <Modal opened={createOpen} onClose={createModal.close} title="New rubric" centered>
        <CreateRubricForm onDone={createModal.close} />
      </Modal>
    </Stack>
  );
}

function RubricsTable({ rubrics }: { rubrics: Rubric[] }) {
  return (
    <Table verticalSpacing="sm" aria-label="Rubrics">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Rubric</Table.Th>
          <Table.Th>Current version</Table.Th>
          <Table.Th>Draft</Table.Th>
          <Table.Th ta="right">Rounds scored with it</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rubrics.map((rubric) => {
          const current = rubric.versions.find((v) => v.id === rubric.currentVersionId);
          const draft = rubric.versions.find((v) => v.status === 'draft');
          const rounds = rubric.versions.reduce((sum, v) => sum + v.roundCount, 0);
          return (
            <Table.Tr key={rubric.id}>
              <Table.Td>
                <Anchor component={Link} to={`/rubrics/${rubric.id}`} fw={500}>
                  {rubric.name}
                </Anchor>
                {rubric.description && (
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {rubric.description}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {current ? (
                  <Badge variant="light" color="teal" c="dark.8">
                    Version {current.version}
                  </Badge>
                ) : (
                  <Text size="sm" c="dimmed">
                    None published
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {draft ? (
                  <Anchor component={Link} to={`/rubric-versions/${draft.id}`} size="sm">
                    Version {draft.version} (draft)
                  </Anchor>
                ) : (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{rounds}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
