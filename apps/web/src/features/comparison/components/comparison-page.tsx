import { Comparison, recommendationLabels, recommendations } from '@calibrate/contracts';
import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Skeleton,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconFileExport, IconPrinter, IconX } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';

import { ErrorAlert } from '@/components/ui/error-alert';

import { useComparison, usePickableCandidates } from '../api/get-comparison';
import { candidateLabel, comparisonCsv, readCandidateIds } from '../model/comparison-view';
import { CategoryChart } from './category-chart';
import classes from './comparison.module.css';
import { HeatMap, ScaleMode } from './heat-map';

const MAX_COMPARED = 8;

/**
 * The hiring manager's decision screen: 2–8 candidates of one job side by side. The URL holds the
 * choice, the scale and blind mode, so a view can be shared as it is.
 */
export function ComparisonPage({ jobId }: { jobId: string }) {
  const [params, setParams] = useSearchParams();
  const candidateIds = readCandidateIds(params.get('candidates'));
  const blind = params.get('blind') === '1';
  const scale: ScaleMode = params.get('scale') === '100' ? '100' : '5';
  const comparison = useComparison(jobId, candidateIds);
  const pickable = usePickableCandidates(jobId);

  const update = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
  const setCandidates = (ids: string[]) => update({ candidates: ids.join(',') || null });

  const data = comparison.data;
  const label = (candidateId: string) => {
    const index = data?.candidates.findIndex((c) => c.candidateId === candidateId) ?? -1;
    const candidate = data?.candidates[index];
    return candidate ? candidateLabel(candidate.name, index, blind) : 'A candidate';
  };
  const options = (pickable.data?.items ?? [])
    .filter((candidate) => !candidateIds.includes(candidate.id))
    .map((candidate, index) => ({
      value: candidate.id,
      label: blind
        ? `Unnamed candidate ${index + 1}${candidate.score === null ? '' : ` · ${candidate.score.toFixed(0)}`}`
        : `${candidate.name}${candidate.score === null ? '' : ` · ${candidate.score.toFixed(0)}`}`,
    }));

  return (
    <Stack gap="lg" className={classes.page}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Anchor component={Link} to={`/candidates?jobId=${jobId}`} size="sm" data-print-hide>
            Candidates of this job
          </Anchor>
          <Title order={1} size="h2">
            Compare candidates
          </Title>
          <Text c="dimmed" size="sm">
            {data ? data.jobTitle : ' '} · scores from submitted scorecards only
          </Text>
        </div>
        <Group gap="sm" data-print-hide>
          <Switch
            label="Blind mode"
            description="Hide names"
            checked={blind}
            onChange={(event) => update({ blind: event.currentTarget.checked ? '1' : null })}
          />
          <SegmentedControl
            aria-label="Scale"
            value={scale}
            onChange={(value) => update({ scale: value === '100' ? '100' : null })}
            data={[
              { value: '5', label: '1–5' },
              { value: '100', label: '0–100' },
            ]}
          />
          <Button
            variant="default"
            leftSection={<IconFileExport size={16} />}
            disabled={!data}
            onClick={() => data && download(data, blind)}
          >
            Export CSV
          </Button>
          <Button
            variant="default"
            leftSection={<IconPrinter size={16} />}
            onClick={() => window.print()}
          >
            Print
          </Button>
        </Group>
      </Group>

      <Group gap="xs" data-print-hide>
        {data?.candidates.map((candidate, index) => (
          <Group key={candidate.candidateId} gap={2} className={classes.chip}>
            <Text size="sm" fw={500}>
              {candidateLabel(candidate.name, index, blind)}
            </Text>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              aria-label={`Remove ${candidateLabel(candidate.name, index, blind)}`}
              disabled={candidateIds.length <= 2}
              onClick={() =>
                setCandidates(candidateIds.filter((id) => id !== candidate.candidateId))
              }
            >
              <IconX size={14} />
            </ActionIcon>
          </Group>
        ))}
        <Select
          aria-label="Add a candidate"
          placeholder={
            candidateIds.length >= MAX_COMPARED ? 'At most 8 candidates' : 'Add a candidate…'
          }
          data={options}
          value={null}
          searchable={!blind}
          disabled={candidateIds.length >= MAX_COMPARED}
          onChange={(id) => id && setCandidates([...candidateIds, id])}
          nothingFoundMessage="No other candidates in this job"
          w={260}
        />
      </Group>

      {candidateIds.length < 2 ? (
        <Alert color="blue" title="Pick at least two candidates">
          Choose candidates of this job above, or select them in the candidates table and press
          Compare.
        </Alert>
      ) : comparison.isPending ? (
        <Skeleton height={420} aria-label="Loading the comparison" />
      ) : comparison.isError ? (
        <ErrorAlert
          title="The comparison could not be loaded"
          message={comparison.error.message}
          onAction={() => void comparison.refetch()}
        />
      ) : (
        data && (
          <>
            {data.warnings.length > 0 && (
              <Stack gap="xs">
                {data.warnings.map((warning) => (
                  <Alert
                    key={warning.code}
                    color="yellow"
                    icon={<IconAlertTriangle size={18} />}
                    title={warning.message}
                  >
                    {warning.candidateIds.map(label).join(', ')}
                  </Alert>
                ))}
              </Stack>
            )}
            <Paper withBorder radius="md" p={0}>
              <HeatMap comparison={data} blind={blind} scale={scale} />
            </Paper>
            <Paper withBorder radius="md" p="md">
              <Title order={2} size="h4" mb="xs">
                Categories side by side
              </Title>
              <CategoryChart comparison={data} blind={blind} />
            </Paper>
            <Paper withBorder radius="md" p="md">
              <Title order={2} size="h4" mb="xs">
                Recommendations
              </Title>
              <RecommendationSummary comparison={data} blind={blind} />
            </Paper>
          </>
        )
      )}
    </Stack>
  );
}

function RecommendationSummary({ comparison, blind }: { comparison: Comparison; blind: boolean }) {
  return (
    <Stack gap={4}>
      {comparison.candidates.map((candidate, index) => (
        <Group key={candidate.candidateId} gap="sm">
          <Text size="sm" fw={600} w={200} truncate>
            {candidateLabel(candidate.name, index, blind)}
          </Text>
          <Text size="sm">
            {recommendations
              .filter((r) => candidate.overall.recommendations[r] > 0)
              .map(
                (r) =>
                  `${candidate.overall.recommendations[r]} ${recommendationLabels[r].toLowerCase()}`,
              )
              .join(' · ') || 'No recommendations yet'}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

function download(comparison: Comparison, blind: boolean) {
  const blob = new Blob([`\uFEFF${comparisonCsv(comparison, blind)}\r\n`], {
    type: 'text/csv;charset=utf-8',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `comparison-${comparison.jobTitle.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.csv`;
  link.click();
  URL.revokeObjectURL(url);
}
