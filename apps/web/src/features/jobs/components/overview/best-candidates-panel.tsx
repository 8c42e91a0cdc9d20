import { Candidate, ScoreBasis, stageLabels } from '@calibrate/contracts';
import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  SegmentedControl,
  Skeleton,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { IconScale } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { PanelSplitBadge } from '@/components/ui/panel-split-badge';
import { QueryState } from '@/components/ui/query-state';

import { BEST_CANDIDATES, useBestCandidates } from '../../api/job-overview';
import { stageColors } from '../../model/job-labels';
import { Panel } from './panel';

const basisLabels: Record<ScoreBasis, string> = { raw: 'Raw', corrected: 'Corrected' };

/** The score basis lives in the URL (`scoreBasis=corrected`), as the pipeline's does. */
function useScoreBasis() {
  const [params, setParams] = useSearchParams();
  const basis: ScoreBasis = params.get('scoreBasis') === 'corrected' ? 'corrected' : 'raw';
  const setBasis = (next: ScoreBasis) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next === 'corrected') updated.set('scoreBasis', 'corrected');
        else updated.delete('scoreBasis');
        return updated;
      },
      { replace: true },
    );
  return [basis, setBasis] as const;
}

/** The job's best-scored candidates; pick 2 or more and open them in the comparison. */
export function BestCandidatesPanel({ jobId }: { jobId: string }) {
  const [basis, setBasis] = useScoreBasis();
  const best = useBestCandidates(jobId, basis);
  return (
    <Panel
      title="Best-scored candidates"
      action={
        <SegmentedControl
          aria-label="Score basis"
          title="Raw: as the interviewers rated. Corrected: each interviewer's leniency taken out (Calibration)."
          size="xs"
          data={(['raw', 'corrected'] as const).map((value) => ({
            value,
            label: basisLabels[value],
          }))}
          value={basis}
          onChange={(value) => setBasis(value === 'corrected' ? 'corrected' : 'raw')}
        />
      }
    >
      <QueryState
        query={best}
        loading={
          <Stack gap="xs" aria-busy="true" aria-label="Loading the best-scored candidates">
            {Array.from({ length: 4 }, (_, index) => (
              <Skeleton key={index} height={28} />
            ))}
          </Stack>
        }
        errorTitle="The best-scored candidates could not be loaded"
        errorMessage={best.error?.message}
        isEmpty={(page) => page.items.length === 0}
        empty={
          <Text size="sm" c="dimmed">
            No candidates to rank yet.
          </Text>
        }
      >
        {(page) => <BestCandidates jobId={jobId} candidates={page.items} basis={basis} />}
      </QueryState>
    </Panel>
  );
}

function BestCandidates({
  jobId,
  candidates,
  basis,
}: {
  jobId: string;
  candidates: Candidate[];
  basis: ScoreBasis;
}) {
  const navigate = useNavigate();
  const helpId = useId();
  const [picked, setPicked] = useState<string[]>([]);
  // Only the rows on screen count: switching the basis may reorder who is in the top 8.
  const selected = candidates.filter((candidate) => picked.includes(candidate.id));
  const toggle = (id: string, on: boolean) =>
    setPicked((current) => (on ? [...current, id] : current.filter((other) => other !== id)));
  const ready = selected.length >= 2;
  const compare = () => {
    const ids = selected.map((candidate) => candidate.id).join(',');
    const scoreBasis = basis === 'corrected' ? '&scoreBasis=corrected' : '';
    void navigate(`/jobs/${jobId}/compare?candidates=${ids}${scoreBasis}`);
  };
  const scored = candidates.filter((candidate) => candidate.score !== null).length;
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={300}>
        <Table verticalSpacing={6} aria-label="Best-scored candidates" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={36}>
                <VisuallyHidden>Pick to compare</VisuallyHidden>
              </Table.Th>
              <Table.Th w={28}>
                <Text span size="sm" fw={700} aria-hidden>
                  #
                </Text>
                <VisuallyHidden>Rank</VisuallyHidden>
              </Table.Th>
              <Table.Th>Candidate</Table.Th>
              <Table.Th visibleFrom="sm">Stage</Table.Th>
              <Table.Th>
                {basis === 'corrected' ? 'Corrected score' : 'Score'}
                <VisuallyHidden> (0–100)</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {candidates.map((candidate, index) => (
              <Table.Tr key={candidate.id}>
                <Table.Td>
                  <Checkbox
                    aria-label={`Compare ${candidate.name}`}
                    checked={picked.includes(candidate.id)}
                    onChange={(event) => toggle(candidate.id, event.currentTarget.checked)}
                  />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {index + 1}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/candidates/${candidate.id}`} size="sm" fw={500}>
                    {candidate.name}
                  </Anchor>
                  {/* On a phone the stage sits under the name, so the score stays on screen. */}
                  <Text size="xs" c="dark.4" hiddenFrom="sm">
                    {stageLabels[candidate.stage]}
                  </Text>
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  <Badge
                    variant="light"
                    color={stageColors[candidate.stage]}
                    c="dark.8"
                    miw="max-content"
                  >
                    {stageLabels[candidate.stage]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <ScoreCell candidate={candidate} basis={basis} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {scored < candidates.length && (
        <Text size="xs" c="dimmed">
          Candidates without a submitted scorecard come last.
        </Text>
      )}
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed" id={helpId} aria-live="polite">
          {ready
            ? `${selected.length} picked`
            : `Pick 2 to ${BEST_CANDIDATES} candidates to compare them side by side.`}
        </Text>
        <Button
          leftSection={<IconScale size={16} aria-hidden />}
          variant={ready ? 'filled' : 'default'}
          disabled={!ready}
          aria-describedby={helpId}
          onClick={compare}
        >
          Compare{selected.length ? ` (${selected.length})` : ''}
        </Button>
      </Group>
    </Stack>
  );
}

function ScoreCell({ candidate, basis }: { candidate: Candidate; basis: ScoreBasis }) {
  if (candidate.scoreHidden)
    return (
      <Text size="sm" c="dimmed" title="Hidden until you submit your own scorecard">
        Hidden
      </Text>
    );
  const score = basis === 'corrected' ? candidate.correctedScore : candidate.score;
  if (score === null)
    return (
      <Text size="sm" c="dimmed">
        Not scored yet
      </Text>
    );
  const other = basis === 'corrected' ? candidate.score : candidate.correctedScore;
  return (
    <Group gap={6} wrap="nowrap">
      <Text
        size="sm"
        fw={600}
        ff="monospace"
        title={`${basis === 'corrected' ? 'Raw' : 'Corrected'} ${other?.toFixed(1) ?? '—'}`}
      >
        {score.toFixed(1)}
      </Text>
      {candidate.panelSplit && <PanelSplitBadge size="xs" />}
    </Group>
  );
}
