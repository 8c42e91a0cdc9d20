import { MyInterview } from '@calibrate/contracts';
import { Group, Paper, SimpleGrid, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

import { useRenderInSteps } from '@/lib/use-render-in-steps';

import { groupMyInterviews } from '../model/group-my-interviews';
import { MyInterviewCard } from './my-interview-card';
import { MyInterviewRow } from './my-interview-row';

/**
 * Below Mantine's `md` (62em): rows become cards. The table needs 760 px and scrolled sideways on a
 * phone and on an upright tablet. Read at the first render, so a phone never lays out the table.
 */
const CARDS_QUERY = '(max-width: 61.99em)';

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
  const cards = useMediaQuery(CARDS_QUERY, undefined, { getInitialValueInEffect: false });
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
        cards={cards}
        empty="Nothing owed. Every round that took place has your scorecard."
      />
      <InterviewSection
        title="Today"
        items={groups.today}
        now={now}
        cards={cards}
        empty="No more interviews today."
      />
      <InterviewSection
        title="Upcoming"
        items={groups.upcoming}
        now={now}
        cards={cards}
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
          cards={cards}
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
  cards,
  finished = false,
}: {
  title: string;
  description?: string;
  items: MyInterview[];
  now: Date;
  cards: boolean;
  empty: string;
  finished?: boolean;
}) {
  const headingId = `section-${title.toLowerCase().replace(/\W+/g, '-')}`;
  // What fits a screen first; the rest of a long section right after (see useRenderInSteps).
  const shown = useRenderInSteps(items, 6);
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
      {cards && items.length > 0 ? (
        <SimpleGrid
          component="ul"
          aria-labelledby={headingId}
          cols={{ base: 1, sm: 2 }}
          spacing="sm"
          verticalSpacing="sm"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
        >
          {shown.map((item) => (
            <MyInterviewCard key={item.scorecardId} item={item} now={now} finished={finished} />
          ))}
        </SimpleGrid>
      ) : (
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
                    <Table.Th w={140}>Status</Table.Th>
                    <Table.Th w={170}>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((item) => (
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
      )}
    </section>
  );
}
