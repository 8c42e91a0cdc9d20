import { MyInterview } from '@calibrate/contracts';
import { Group, Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';

import { groupMyInterviews } from '../model/group-my-interviews';
import { MyInterviewRow } from './my-interview-row';

export function MyInterviewSections({
  open,
  openTotal,
  recent,
}: {
  open: MyInterview[];
  openTotal: number;
  recent: MyInterview[];
}) {
  const now = new Date();
  const groups = groupMyInterviews(open, now);
  const overdue = groups.toScore.filter((item) => item.overdue).length;
  return (
    <>
      <InterviewSection
        title="To score"
        description={
          overdue > 0
            ? `${overdue} overdue: the round was more than a day ago.`
            : 'Rounds that took place: your scorecard is still a draft.'
        }
        items={groups.toScore}
        now={now}
        empty="Nothing owed. Every round that took place has your scorecard."
      />
      <InterviewSection
        title="Today"
        items={groups.today}
        now={now}
        empty="No more interviews today."
      />
      <InterviewSection
        title="Upcoming"
        items={groups.upcoming}
        now={now}
        empty="Nothing scheduled after today."
      />
      {openTotal > open.length && (
        <Text size="sm" c="dimmed">
          Showing the first {open.length} of {openTotal} open scorecards.
        </Text>
      )}
      {recent.length > 0 && (
        <InterviewSection
          title="Recently finished"
          description="The last two weeks."
          items={recent}
          now={now}
          empty=""
          finished
        />
      )}
    </>
  );
}

function InterviewSection({
  title,
  description,
  items,
  now,
  empty,
  finished = false,
}: {
  title: string;
  description?: string;
  items: MyInterview[];
  now: Date;
  empty: string;
  finished?: boolean;
}) {
  const headingId = `section-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section aria-labelledby={headingId}>
      <Group gap="xs" mb={4} align="baseline">
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {items.length}
          {description ? ` · ${description}` : ''}
        </Text>
      </Group>
      <Paper withBorder radius="md" p={0}>
        {items.length === 0 ? (
          <Text size="sm" c="dimmed" p="md">
            {empty}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="xs" aria-labelledby={headingId}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={170}>When</Table.Th>
                  <Table.Th>Candidate</Table.Th>
                  <Table.Th>Round</Table.Th>
                  <Table.Th w={150}>Progress</Table.Th>
                  <Table.Th w={120}>Status</Table.Th>
                  <Table.Th w={170}>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((item) => (
                  <MyInterviewRow
                    key={item.scorecardId}
                    item={item}
                    now={now}
                    finished={finished}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
    </section>
  );
}
