import { Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconCalendarOff } from '@tabler/icons-react';

import { QueryState } from '@/components/ui/query-state';
import { useDeferredWithDeadline } from '@/lib/use-deferred-with-deadline';

import { useMyInterviews } from '../api/interviews';
import { MyCalibrationCard } from './my-calibration-card';
import { MyInterviewSections } from './my-interview-sections';

export function MyInterviewsPage() {
  const interviews = useMyInterviews();
  const settled = useDeferredWithDeadline(!interviews.isPending);

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          My interviews
        </Title>
        <Text c="dimmed" size="sm">
          Rounds you sit on. Scorecards you still owe come first.
        </Text>
      </div>
      <QueryState
        query={interviews}
        loading={
          <Paper withBorder radius="md" p="md" aria-busy="true" aria-label="Loading interviews">
            <Stack gap="sm">
              {Array.from({ length: 6 }, (_, i) => (
                <Skeleton key={i} height={20} />
              ))}
            </Stack>
          </Paper>
        }
        errorTitle="Your interviews could not be loaded"
        errorMessage={interviews.error?.message}
        isEmpty={(data) => data.open.length === 0 && data.recent.length === 0}
        empty={<NoInterviews />}
      >
        {(data) => (
          <MyInterviewSections open={data.open} openTotal={data.openTotal} recent={data.recent} />
        )}
      </QueryState>
      {/* Below the list, once the list is here: its skeleton would be pushed down the screen as
          the list replaced its own, a layout shift of about 0.2 on a phone (Lighthouse). Deferred
          as QueryState defers the list, so that both appear in the same frame. */}
      {settled && <MyCalibrationCard />}
    </Stack>
  );
}

function NoInterviews() {
  return (
    <Paper withBorder radius="md" p="xl">
      <Stack align="center" gap="xs">
        <IconCalendarOff size={32} stroke={1.5} aria-hidden />
        <Text fw={600}>No interviews assigned to you</Text>
        <Text c="dimmed" size="sm" ta="center" maw={420}>
          When a recruiter or hiring manager puts you on a round’s panel, it shows here with a
          button to start scoring.
        </Text>
      </Stack>
    </Paper>
  );
}
