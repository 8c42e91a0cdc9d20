import { createRubricSchema, Rubric } from '@calibrate/contracts';
import {
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { Link, useNavigate } from 'react-router';

import { ErrorAlert } from '@/components/ui/error-alert';
import { PageHeader } from '@/components/ui/page-header';
import { fieldErrors } from '@/lib/api-client';

import { useCreateRubric, useRubrics } from '../api/rubrics';

export function versionStatusLabel(rubric: Rubric) {
  const current = rubric.versions.find((v) => v.id === rubric.currentVersionId);
  const draft = rubric.versions.find((v) => v.status === 'draft');
  return { current, draft };
}

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
        {rubrics.isPending ? (
          <Stack p="md" aria-busy="true" aria-label="Loading rubrics">
            <Skeleton height={18} />
            <Skeleton height={18} />
          </Stack>
        ) : rubrics.isError ? (
          <ErrorAlert
            title="Rubrics could not be loaded"
            message={rubrics.error.message}
            onAction={() => void rubrics.refetch()}
          />
        ) : rubrics.data.items.length === 0 ? (
          <Text p="md" c="dimmed" size="sm">
            No rubric yet. Create one to start scoring interviews.
          </Text>
        ) : (
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
              {rubrics.data.items.map((rubric) => {
                const { current, draft } = versionStatusLabel(rubric);
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
        )}
      </Paper>
      <Modal opened={createOpen} onClose={createModal.close} title="New rubric" centered>
        <CreateRubricForm onDone={createModal.close} />
      </Modal>
    </Stack>
  );
}

function CreateRubricForm({ onDone }: { onDone: () => void }) {
  const navigate = useNavigate();
  const create = useCreateRubric();
  const form = useForm({
    initialValues: { name: '', description: '' },
    validate: zod4Resolver(createRubricSchema),
  });
  return (
    <form
      onSubmit={form.onSubmit((values) =>
        create.mutate(values, {
          onSuccess: (rubric) => {
            onDone();
            void navigate(`/rubric-versions/${rubric.versions[0]?.id}`);
          },
          onError: (error) => form.setErrors(fieldErrors(error)),
        }),
      )}
    >
      <Stack>
        <TextInput label="Name" data-autofocus {...form.getInputProps('name')} />
        <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
        {create.isError && Object.keys(fieldErrors(create.error)).length === 0 && (
          <Text c="red.8" size="sm" role="alert">
            {create.error.message}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Create and edit
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
