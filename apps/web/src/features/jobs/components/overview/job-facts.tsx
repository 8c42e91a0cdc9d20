import { Job } from '@calibrate/contracts';
import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';

import { usePeople } from '../../api/jobs';
import { describeJobKnockOutRules } from '../../model/job-knock-outs';
import { shiftLabels, statusLabels } from '../../model/job-labels';

/** The job's facts as text: what a hiring manager reads, not a form they might think they can edit. */
export function JobFacts({ job }: { job: Job }) {
  const planId = useId();
  const people = usePeople();
  const nameOf = (id: string) => people.data?.items.find((person) => person.id === id)?.name;
  const names = (ids: string[]) => {
    if (ids.length === 0) return 'None yet';
    if (people.isPending) return 'Loading…';
    return ids.map((id) => nameOf(id) ?? 'Someone no longer active').join(', ');
  };
  const facts: [string, string][] = [
    ['Client program', job.clientProgram],
    ['Site', job.site],
    ['Language', job.language],
    ['Shift', shiftLabels[job.shift]],
    ['Headcount', `${job.headcount} to hire`],
    ['Hiring managers', names(job.hiringManagerIds)],
    ['Minimum requirements (knock-out)', describeJobKnockOutRules(job.knockOutRules, job)],
  ];
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="md">
        <SimpleGrid
          component="dl"
          cols={{ base: 2, sm: 3, lg: 6 }}
          spacing="md"
          verticalSpacing="xs"
          m={0}
        >
          {facts.map(([label, value]) => (
            <div key={label}>
              <Text component="dt" size="xs" c="dimmed" fw={500}>
                {label}
              </Text>
              <Text component="dd" size="sm" m={0}>
                {value}
              </Text>
            </div>
          ))}
        </SimpleGrid>
        <div>
          <Title order={2} size="h6" mb={6} id={planId}>
            Interview plan
          </Title>
          {job.interviewPlan.length === 0 ? (
            <Text size="sm" c="dimmed">
              No rounds planned yet.
            </Text>
          ) : (
            <Group
              component="ol"
              gap="xs"
              align="stretch"
              m={0}
              p={0}
              style={{ listStyle: 'none' }}
              aria-labelledby={planId}
            >
              {job.interviewPlan.map((round, index) => (
                <Paper
                  component="li"
                  key={round.id}
                  withBorder
                  radius="sm"
                  px="sm"
                  py={6}
                  bg="gray.0"
                >
                  <Text size="sm" fw={500}>
                    {index + 1}. {round.name}
                  </Text>
                  <Text size="xs" c="dark.4">
                    Rubric: {round.rubricName}
                    {round.currentRubricVersionId === null && ' (not published yet)'}
                  </Text>
                  {round.defaultInterviewerIds.length > 0 && (
                    <Text size="xs" c="dark.4">
                      Panel: {names(round.defaultInterviewerIds)}
                    </Text>
                  )}
                </Paper>
              ))}
            </Group>
          )}
        </div>
      </Stack>
    </Paper>
  );
}

/** The status as a badge beside the title: open teal, on hold and closed grey, as the jobs list shows it. */
export function JobStatusBadge({ job }: { job: Job }) {
  return (
    <Group gap={6}>
      <Badge variant="light" c="dark.8" color={job.status === 'open' ? 'teal' : 'gray'} size="lg">
        {statusLabels[job.status]}
      </Badge>
    </Group>
  );
}
