import { Rubric, RubricVersion } from '@calibrate/contracts';
import { Group, Select, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';

import { ErrorAlert } from '@/components/ui/error-alert';

import { useRubricVersion } from '../../api/rubrics';
import { describeDiff, diffVersions } from '../../model/version-diff';
import { VersionDiffView } from '../version-diff-view';

/** Any two versions of a rubric side by side; the URL holds which (`from`, `to`). */
export function CompareVersions({ rubric }: { rubric: Rubric }) {
  const [params, setParams] = useSearchParams();
  const options = rubric.versions.map((v) => ({
    value: v.id,
    label: `Version ${v.version}${v.status === 'draft' ? ' (draft)' : ''}`,
  }));
  const from = params.get('from') ?? rubric.versions[1]?.id ?? null;
  const to = params.get('to') ?? rubric.versions[0]?.id ?? null;
  return (
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
          onChange={(value) => value && setParams((p) => ({ ...Object.fromEntries(p), to: value }))}
          allowDeselect={false}
        />
      </Group>
      {from && to && <VersionComparison fromId={from} toId={to} />}
    </Stack>
  );
}

function VersionComparison({ fromId, toId }: { fromId: string; toId: string }) {
  const from = useRubricVersion(fromId);
  const to = useRubricVersion(toId);
  // Two queries, and no retry here: not a screen's QueryState.
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
