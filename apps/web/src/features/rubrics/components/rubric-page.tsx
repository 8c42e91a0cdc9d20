import { RubricVersion } from '@calibrate/contracts';
import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/ui/error-alert';

import {
  rubricQueries,
  useCreateRubric,
  useCreateVersion,
  useRubric,
  useRubricVersion,
} from '../api/rubrics';
import { fromVersion, toPayload } from '../model/editor-content';
import { describeDiff, diffVersions } from '../model/version-diff';
import { VersionDiffView } from './version-diff-view';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

/** One rubric: its versions, what uses them, a new version, a copy, and a diff of any two. */
export function RubricPage({ rubricId, canEdit }: { rubricId: string; canEdit: boolean }) {
  const rubric = useRubric(rubricId);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const createVersion = useCreateVersion();
  const duplicate = useCreateRubric();
  const [params, setParams] = useSearchParams();

  if (rubric.isPending) return <Skeleton height={200} aria-label="Loading the rubric" />;
  if (rubric.isError)
    return (
      <ErrorAlert
        title="This rubric could not be loaded"
        message={rubric.error.message}
        onAction={() => void rubric.refetch()}
      />
    );
  const data = rubric.data;
  const draft = data.versions.find((v) => v.status === 'draft');
  const options = data.versions.map((v) => ({
    value: v.id,
    label: `Version ${v.version}${v.status === 'draft' ? ' (draft)' : ''}`,
  }));
  const from = params.get('from') ?? data.versions[1]?.id ?? null;
  const to = params.get('to') ?? data.versions[0]?.id ?? null;

  const copy = async () => {
    const source = data.currentVersionId ?? data.versions[0]?.id;
    if (!source) return;
    const version = await queryClient.fetchQuery(rubricQueries.version(source));
    duplicate.mutate(
      {
        name: `${data.name} (copy)`,
        description: data.description,
        content: toPayload(fromVersion(version), { withIds: false }),
      },
      { onSuccess: (created) => void navigate(`/rubric-versions/${created.versions[0]?.id}`) },
    );
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Anchor component={Link} to="/rubrics" size="sm">
            Rubrics
          </Anchor>
          <Title order={1} size="h2">
            {data.name}
          </Title>
          {data.description && (
            <Text c="dimmed" size="sm">
              {data.description}
            </Text>
          )}
        </div>
        {canEdit && (
          <Group>
            <Button variant="default" onClick={() => void copy()} loading={duplicate.isPending}>
              Duplicate
            </Button>
            {draft ? (
              <Button component={Link} to={`/rubric-versions/${draft.id}`}>
                Edit draft (version {draft.version})
              </Button>
            ) : (
              <Button
                loading={createVersion.isPending}
                onClick={() =>
                  createVersion.mutate(data.id, {
                    onSuccess: (created) => void navigate(`/rubric-versions/${created.id}`),
                  })
                }
              >
                New version
              </Button>
            )}
          </Group>
        )}
      </Group>
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
            {data.versions.map((v) => (
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
                        : v.id === data.currentVersionId
                          ? 'teal'
                          : 'gray'
                    }
                  >
                    {v.status === 'draft'
                      ? 'Draft'
                      : v.id === data.currentVersionId
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
      {data.versions.length > 1 && (
        <Stack gap="sm">
          <Title order={2} size="h4">
            Compare versions
          </Title>
          <Group>
            <Select
              label="From"
              data={options}
              value={from}
              onChange={(value) =>
                value && setParams((p) => ({ ...Object.fromEntries(p), from: value }))
              }
              allowDeselect={false}
            />
            <Select
              label="To"
              data={options}
              value={to}
              onChange={(value) =>
                value && setParams((p) => ({ ...Object.fromEntries(p), to: value }))
              }
              allowDeselect={false}
            />
          </Group>
          {from && to && <VersionComparison fromId={from} toId={to} />}
        </Stack>
      )}
    </Stack>
  );
}

function VersionComparison({ fromId, toId }: { fromId: string; toId: string }) {
  const from = useRubricVersion(fromId);
  const to = useRubricVersion(toId);
  if (from.isPending || to.isPending) return <Skeleton height={120} />;
  if (from.isError || to.isError)
    return (
      <ErrorAlert
        title="A version could not be loaded"
        message={(from.error ?? to.error)?.message ?? ''}
      />
    );
  const diff = diffVersions(from.data as RubricVersion, to.data);
  return (
    <Stack gap="xs">
      <Text fw={600}>{describeDiff(diff)}</Text>
      <VersionDiffView diff={diff} />
    </Stack>
  );
}
