import { Job } from '@calibrate/contracts';
import {
  Alert,
  Button,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';

import { errorDetailsOf, fieldErrors } from '@/lib/error-details';

import { useBookings, useJobCandidates, usePeople, useScheduleRound } from '../api/jobs';

/** The browser's time zone, named beside every time the form takes or shows. */
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

const formatTime = (iso: string) =>
  new Date(iso).toLocaleString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });

/** A datetime-local value as an instant, or null while it is incomplete. */
function toInstant(value: string): string | null {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The next full hour, as a datetime-local value in the browser's time zone. */
function nextHour(): string {
  const date = new Date(Date.now() + 3_600_000);
  date.setMinutes(0, 0, 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:00`;
}

/** Schedules a round of the plan for one of the job's candidates, with its default panel. */
export function ScheduleRound({ job }: { job: Job }) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const candidates = useJobCandidates(job.id, q);
  const people = usePeople();
  const schedule = useScheduleRound();
  const [candidateId, setCandidateId] = useState<string | null>(null);
  const [roundName, setRoundName] = useState<string | null>(job.interviewPlan[0]?.name ?? null);
  const [when, setWhen] = useState(nextHour);
  const [interviewerIds, setInterviewerIds] = useState<string[]>(
    job.interviewPlan[0]?.defaultInterviewerIds ?? [],
  );
  const errors = fieldErrors(schedule.error);
  const [instant] = useDebouncedValue(toInstant(when), 400);
  const bookings = useBookings(interviewerIds, instant);
  const duplicate = errorDetailsOf(schedule.error, 'ROUND_DUPLICATE');

  if (job.interviewPlan.length === 0) return null;
  /** After a booking the form starts over, so a second click cannot book the same round again. */
  const reset = () => {
    setCandidateId(null);
    setSearch('');
    setWhen(nextHour());
    pickRound(roundName);
  };
  const pickRound = (name: string | null) => {
    setRoundName(name);
    setInterviewerIds(job.interviewPlan.find((r) => r.name === name)?.defaultInterviewerIds ?? []);
  };

  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h4" mb="sm">
        Schedule a round
      </Title>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!candidateId || !roundName) return;
          schedule.mutate(
            {
              candidateId,
              jobId: job.id,
              name: roundName,
              scheduledAt: new Date(when).toISOString(),
              interviewerIds,
            },
            {
              onSuccess: (round) => {
                notifications.show({
                  message: `Scheduled ${round.name} for ${round.candidateName} on ${formatTime(round.scheduledAt)} (${timeZone}), ${round.rubricName} v${round.rubricVersion}.`,
                });
                reset();
              },
            },
          );
        }}
      >
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Select
              label="Candidate"
              placeholder="Search this job’s candidates"
              searchable
              searchValue={search}
              onSearchChange={setSearch}
              filter={({ options }) => options}
              data={(candidates.data?.items ?? []).map((c) => ({
                value: c.id,
                label: `${c.name} · ${c.email}`,
              }))}
              value={candidateId}
              onChange={setCandidateId}
              nothingFoundMessage={
                candidates.isPending ? 'Loading…' : 'No candidate of this job matches'
              }
              error={errors.candidateId}
            />
            <Select
              label="Round"
              data={job.interviewPlan.map((r) => ({
                value: r.name,
                label: `${r.name} · ${r.rubricName}${r.currentRubricVersionId ? '' : ' (not published)'}`,
              }))}
              value={roundName}
              onChange={pickRound}
              allowDeselect={false}
              error={errors.rubricVersionId ?? errors.name}
            />
            <TextInput
              label={`When (${timeZone})`}
              type="datetime-local"
              value={when}
              onChange={(e) => setWhen(e.currentTarget.value)}
              error={errors.scheduledAt}
            />
          </SimpleGrid>
          <MultiSelect
            label="Interviewers"
            data={(people.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
            value={interviewerIds}
            onChange={setInterviewerIds}
            searchable
            error={errors.interviewerIds}
          />
          {(bookings.data?.bookings.length ?? 0) > 0 && (
            <Alert
              color="yellow"
              variant="light"
              icon={<IconAlertTriangle size={16} aria-hidden />}
              title="Already booked around then"
            >
              {bookings.data?.bookings.map((booking) => (
                <Text key={`${booking.interviewerId}-${booking.roundId}`} size="sm">
                  {booking.interviewerName}: {booking.roundName}, {formatTime(booking.scheduledAt)}
                </Text>
              ))}
              <Text size="sm" c="dimmed">
                You can still book; change the time or the panel to avoid a clash.
              </Text>
            </Alert>
          )}
          {schedule.isError && Object.keys(errors).length === 0 && (
            <Text c="red.8" size="sm" role="alert">
              {schedule.error.message}
              {duplicate && ` It is booked for ${formatTime(duplicate.scheduledAt)} (${timeZone}).`}
            </Text>
          )}
          <Group justify="flex-end">
            <Button
              type="submit"
              loading={schedule.isPending}
              disabled={!candidateId || !roundName || interviewerIds.length === 0}
            >
              Schedule round
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
