import { QuestionAnalysis, QuestionAnalysisCategory } from '@calibrate/contracts';
import { Badge, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

import {
  candidateShareReading,
  formatCount,
  formatMean,
  formatR,
  formatShare,
  itemRestReading,
  missingReason,
  Reading,
  siteWeekLabel,
} from '../model/format';
import { DistributionBar } from './distribution-bar';

const readingText: Record<Reading, string | null> = {
  good: null,
  weak: 'weak',
  none: 'no signal',
  unknown: null,
};
const readingColor: Record<Reading, string | undefined> = {
  good: undefined,
  weak: 'orange.8',
  none: 'red.8',
  unknown: 'dimmed',
};

/**
 * One category's questions: how often asked, their ratings, how well each separates candidates
 * (item–rest r), how much is candidate rather than interviewer (ICC) and the busiest site-week.
 * On a phone the table scrolls sideways in its own focusable container, question first.
 */
export function QuestionTable({
  category,
  rules,
}: {
  category: QuestionAnalysisCategory;
  rules: QuestionAnalysis['rules'];
}) {
  const size = category.questions.length;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing={6} striped captionSide="top">
        <Table.Caption ta="left" fw={700} c="var(--mantine-color-text)">
          {category.name}: {size} {size === 1 ? 'question' : 'questions'}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Question</Table.Th>
            <Table.Th ta="right">Asked (not asked)</Table.Th>
            <Table.Th>Ratings 1–5</Table.Th>
            <Table.Th ta="right">Mean</Table.Th>
            <Table.Th ta="right">Item–rest r</Table.Th>
            <Table.Th ta="right">Candidate share</Table.Th>
            <Table.Th>Busiest site-week</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {category.questions.map((question) => {
            const itemRest = itemRestReading(question.itemRest.r);
            const share = candidateShareReading(question.candidateShare.icc);
            const over = question.exposure.overThreshold;
            return (
              <Table.Tr key={question.lineageId}>
                <Table.Th scope="row" fw={400} miw={220} maw={340}>
                  {question.text}
                  {!question.inLatestVersion && (
                    <Text size="xs" c="dimmed">
                      not in the latest version
                    </Text>
                  )}
                </Table.Th>
                <Table.Td ta="right">
                  <Text size="sm" ff="monospace">
                    {formatCount(question.asked)}
                  </Text>
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {formatShare(question.notAskedShare)} not asked
                  </Text>
                </Table.Td>
                <Table.Td>
                  <DistributionBar distribution={question.distribution} />
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm" ff="monospace">
                    {formatMean(question.mean)}
                  </Text>
                </Table.Td>
                <FigureCell
                  value={question.itemRest.r}
                  reading={itemRest}
                  missing={missingReason(question, 'itemRest', rules, size)}
                />
                <FigureCell
                  value={question.candidateShare.icc}
                  reading={share}
                  missing={missingReason(question, 'candidateShare', rules, size)}
                />
                <Table.Td miw={200}>
                  {question.exposure.peak ? (
                    <Stack gap={2} align="flex-start">
                      <Text size="sm">
                        <Text span ff="monospace" size="sm">
                          {formatCount(question.exposure.peak.asked)}
                        </Text>{' '}
                        · {siteWeekLabel(question.exposure.peak)}
                      </Text>
                      {over.length > 0 && (
                        <Badge
                          color="orange"
                          variant="light"
                          leftSection={<IconAlertTriangle size={12} aria-hidden />}
                          style={{ textTransform: 'none' }}
                        >
                          Over {formatCount(rules.exposureWarnPerWeek)}/week in {over.length} site-
                          {over.length === 1 ? 'week' : 'weeks'}
                        </Badge>
                      )}
                    </Stack>
                  ) : (
                    <Text size="sm" c="dimmed">
                      never asked
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A figure with its reading in words ("weak", "no signal"), or why it is missing. */
function FigureCell({
  value,
  reading,
  missing,
}: {
  value: number | null;
  reading: Reading;
  missing: string;
}) {
  const note = value === null ? missing : readingText[reading];
  return (
    <Table.Td ta="right" miw={120}>
      <Text size="sm" ff="monospace" fw={value === null ? undefined : 700}>
        {formatR(value)}
      </Text>
      {note && (
        <Text size="xs" c={readingColor[reading]}>
          {note}
        </Text>
      )}
    </Table.Td>
  );
}
