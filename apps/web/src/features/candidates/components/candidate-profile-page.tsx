import {
  AuditEvent,
  CandidateDetail,
  candidateStages,
  CandidateSummary,
  recommendationLabels,
  RoundSummary,
} from '@calibrate/contracts';
import {
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  Menu,
  Modal,
  Paper,
  Progress,
  Skeleton,
  Stack,
  Table,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowsMove, IconChevronDown, IconPencil } from '@tabler/icons-react';
import { ReactNode } from 'react';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/ui/error-alert';
import { formatRelativeDate } from '@/lib/format-date';

import { useCandidate, useCandidateAudit, useCandidateSummary } from '../api/get-candidate';
import { sourceLabels, stageColors, stageLabels } from '../model/labels';
import { EditCandidateForm } from './edit-candidate-form';
import { timeInStage } from './pipeline-board';
import { useMoveCandidate } from './use-move-candidate';

const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
const score100 = (value: number | null) => (value === null ? '—' : value.toFixed(0));
const score5 = (value: number | null) => (value === null ? '—' : value.toFixed(1));

/**
 * Everything about one candidate: details (editable), stage history, every round with its panel
 * and category breakdown (only what the viewer may see: drafts stay private), and the audit trail.
 */
export function CandidateProfilePage({
  candidateId,
  canEdit,
  canMove,
  jobTitle,
  personName,
}: {
  candidateId: string;
  canEdit: boolean;
  canMove: boolean;
  jobTitle: (jobId: string) => string | undefined;
  personName: (userId: string | null) => string;
}) {
  const candidate = useCandidate(candidateId);
  const [editing, editModal] = useDisclosure(false);
  const { move, dialog } = useMoveCandidate();

  if (candidate.isPending) return <Skeleton height={360} aria-label="Loading the candidate" />;
  if (candidate.isError)
    return (
      <ErrorAlert
        title="This candidate could not be loaded"
        message={candidate.error.message}
        onAction={() => void candidate.refetch()}
      />
    );
  const c = candidate.data;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Anchor component={Link} to="/candidates" size="sm">
            Candidates
          </Anchor>
          <Group gap="sm" align="center">
            <Title order={1} size="h2">
              {c.name}
            </Title>
            <Badge variant="light" color={stageColors[c.stage]} size="lg">
              {stageLabels[c.stage]}
            </Badge>
          </Group>
          <Text c="dimmed" size="sm">
            {c.jobId ? (jobTitle(c.jobId) ?? 'Applied to a job') : 'Not applied to a job'} ·{' '}
            {timeInStage(c.stageChangedAt)}
          </Text>
        </div>
        <Group gap="sm">
          {canMove && (
            <Menu position="bottom-end">
              <Menu.Target>
                <Button
                  variant="default"
                  leftSection={<IconArrowsMove size={16} />}
                  rightSection={<IconChevronDown size={14} />}
                >
                  Move to
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {candidateStages
                  .filter((stage) => stage !== c.stage)
                  .map((stage) => (
                    <Menu.Item key={stage} onClick={() => move(c, stage)}>
                      {stageLabels[stage]}
                    </Menu.Item>
                  ))}
              </Menu.Dropdown>
            </Menu>
          )}
          {canEdit && (
            <Button leftSection={<IconPencil size={16} />} onClick={editModal.open}>
              Edit
            </Button>
          )}
        </Group>
      </Group>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <Details candidate={c} />
            <StageHistory candidate={c} personName={personName} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Scores candidateId={candidateId} />
            <AuditTrail candidateId={candidateId} personName={personName} />
          </Stack>
        </Grid.Col>
      </Grid>

      <Modal opened={editing} onClose={editModal.close} title={`Edit ${c.name}`} size="lg">
        <EditCandidateForm
          candidate={c}
          onCancel={editModal.close}
          onSaved={() => {
            editModal.close();
            notifications.show({ color: 'teal', message: `Saved ${c.name}.` });
          }}
        />
      </Modal>
      {dialog}
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="sm" ta="right" component="div">
        {children}
      </Text>
    </Group>
  );
}

function Details({ candidate: c }: { candidate: CandidateDetail }) {
  return (
    <Section title="Details">
      <Stack gap={8}>
        <Fact label="Email">
          <Anchor href={`mailto:${c.email}`} size="sm">
            {c.email}
          </Anchor>
        </Fact>
        <Fact label="Phone">{c.phone ?? '—'}</Fact>
        <Fact label="Source">{c.source ? sourceLabels[c.source] : '—'}</Fact>
        <Fact label="Languages">
          {c.languages.length
            ? c.languages.map((l) => `${l.language} (${l.level})`).join(', ')
            : '—'}
        </Fact>
        <Fact label="Shifts">
          <span style={{ textTransform: 'capitalize' }}>
            {c.shiftAvailability.join(', ') || '—'}
          </span>
        </Fact>
        <Fact label="Typing speed">{c.typingWpm === null ? '—' : `${c.typingWpm} WPM`}</Fact>
        <Fact label="Added">{when.format(new Date(c.createdAt))}</Fact>
        {c.notes && (
          <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
            {c.notes}
          </Text>
        )}
      </Stack>
    </Section>
  );
}

function StageHistory({
  candidate,
  personName,
}: {
  candidate: CandidateDetail;
  personName: (userId: string | null) => string;
}) {
  const events = [...candidate.stageHistory].reverse();
  return (
    <Section title="Stage history">
      <Timeline active={0} bulletSize={14} lineWidth={2}>
        {events.map((event) => (
          <Timeline.Item
            key={event.id}
            title={
              <Text size="sm" fw={600}>
                {event.fromStage
                  ? `${stageLabels[event.fromStage]} → ${stageLabels[event.toStage]}`
                  : `Entered at ${stageLabels[event.toStage]}`}
              </Text>
            }
          >
            {event.reason && <Text size="sm">“{event.reason}”</Text>}
            <Text size="xs" c="dimmed">
              {personName(event.actorId)} · {when.format(new Date(event.createdAt))}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Section>
  );
}

function Scores({ candidateId }: { candidateId: string }) {
  const summary = useCandidateSummary(candidateId);
  if (summary.isPending) return <Skeleton height={240} aria-label="Loading scores" />;
  if (summary.isError)
    return (
      <ErrorAlert
        title="Scores could not be loaded"
        message={summary.error.message}
        onAction={() => void summary.refetch()}
      />
    );
  const { overall, rounds } = summary.data;
  return (
    <>
      <Section title="Overall">
        {overall.weightedScore100 === null ? (
          <Text size="sm" c="dimmed">
            No submitted scorecards yet. Scores appear once interviewers submit.
          </Text>
        ) : (
          <Stack gap="sm">
            <Group gap="xl">
              <div>
                <Text size="xs" c="dimmed">
                  Weighted score
                </Text>
                <Text size="xl" fw={700}>
                  {score100(overall.weightedScore100)}
                  <Text span size="sm" c="dimmed">
                    {' '}
                    / 100
                  </Text>
                </Text>
              </div>
              <div>
                <Text size="xs" c="dimmed">
                  Scored rounds
                </Text>
                <Text fw={600}>{overall.scoredRounds}</Text>
              </div>
              <div>
                <Text size="xs" c="dimmed">
                  Interviewers
                </Text>
                <Text fw={600}>{overall.interviewers}</Text>
              </div>
              <RecommendationCounts counts={overall.recommendations} />
            </Group>
            <CategoryBars categories={overall.categories} />
          </Stack>
        )}
      </Section>
      <Section title="Rounds">
        {rounds.length === 0 ? (
          <Text size="sm" c="dimmed">
            No interview rounds scheduled yet.
          </Text>
        ) : (
          <Stack gap="md">
            {rounds.map((round) => (
              <RoundResult key={round.roundId} round={round} />
            ))}
          </Stack>
        )}
      </Section>
    </>
  );
}

function RecommendationCounts({
  counts,
}: {
  counts: CandidateSummary['overall']['recommendations'];
}) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        Recommendations
      </Text>
      <Text size="sm">
        {(Object.keys(recommendationLabels) as (keyof typeof recommendationLabels)[])
          .filter((key) => counts[key] > 0)
          .map((key) => `${counts[key]} ${recommendationLabels[key].toLowerCase()}`)
          .join(' · ') || '—'}
      </Text>
    </div>
  );
}

function CategoryBars({
  categories,
}: {
  categories: { name: string; score: number | null; score100: number | null }[];
}) {
  return (
    <Stack gap={6} aria-label="Category scores">
      {categories.map((category) => (
        <Group key={category.name} gap="sm" wrap="nowrap">
          <Text size="sm" w={220} truncate title={category.name}>
            {category.name}
          </Text>
          <Progress
            value={category.score100 ?? 0}
            style={{ flex: 1 }}
            aria-label={`${category.name}: ${score5(category.score)} of 5`}
          />
          <Text size="sm" ff="monospace" w={36} ta="right">
            {score5(category.score)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

function RoundResult({ round }: { round: RoundSummary }) {
  return (
    <Paper withBorder radius="sm" p="sm">
      <Group justify="space-between" mb={6}>
        <div>
          <Text fw={600}>{round.name}</Text>
          <Text size="xs" c="dimmed">
            {when.format(new Date(round.scheduledAt))} · {round.rubricName} v{round.rubricVersion}
          </Text>
        </div>
        <Group gap="xs">
          <Badge variant="light" color="gray">
            {round.status.replace('_', ' ')}
          </Badge>
          <Text size="sm" fw={600}>
            {score100(round.scores.weightedScore100)} / 100
          </Text>
        </Group>
      </Group>
      <Table verticalSpacing={4} aria-label={`${round.name} panel`}>
        <Table.Tbody>
          {round.interviewers.map((interviewer) => (
            <Table.Tr key={interviewer.scorecardId}>
              <Table.Td>
                <Text size="sm">{interviewer.interviewerName}</Text>
              </Table.Td>
              <Table.Td>
                {interviewer.status === 'submitted' ? (
                  <Text size="sm">
                    {interviewer.recommendation
                      ? recommendationLabels[interviewer.recommendation]
                      : '—'}
                  </Text>
                ) : (
                  <Badge variant="light" color="gray">
                    {interviewer.status === 'declined' ? 'Declined' : 'Not submitted yet'}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm" ff="monospace">
                  {score100(interviewer.weightedScore100)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {round.scores.weightedScore100 !== null && (
        <Stack mt="xs">
          <CategoryBars
            categories={round.scores.categories.map((c) => ({
              ...c,
              score100: c.score === null ? null : ((c.score - 1) / 4) * 100,
            }))}
          />
        </Stack>
      )}
    </Paper>
  );
}

const actionLabels: Record<string, string> = {
  'candidate.created': 'Added',
  'candidate.updated': 'Details edited',
  'candidate.stage_changed': 'Stage changed',
};

function AuditTrail({
  candidateId,
  personName,
}: {
  candidateId: string;
  personName: (userId: string | null) => string;
}) {
  const audit = useCandidateAudit(candidateId);
  const events = audit.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Section title="Audit trail">
      {audit.isPending ? (
        <Skeleton height={120} />
      ) : audit.isError ? (
        <ErrorAlert
          title="The audit trail could not be loaded"
          message={audit.error.message}
          onAction={() => void audit.refetch()}
        />
      ) : events.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing recorded yet.
        </Text>
      ) : (
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
      )}
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
    </Section>
  );
}

/** The fields an event changed, "field: before → after", from its before and after snapshots. */
export function describeChange(event: Pick<AuditEvent, 'before' | 'after'>): string {
  const before = (event.before ?? {}) as Record<string, unknown>;
  const after = (event.after ?? {}) as Record<string, unknown>;
  const show = (value: unknown) =>
    value === null || value === undefined || value === ''
      ? '—'
      : typeof value === 'string'
        ? value
        : JSON.stringify(value);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  if (event.before === null) return 'Created';
  return keys.map((key) => `${key}: ${show(before[key])} → ${show(after[key])}`).join('; ');
}
