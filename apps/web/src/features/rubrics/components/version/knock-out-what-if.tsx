import { RubricVersion } from '@calibrate/contracts';
import { Group, List, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';

import { QueryState } from '@/components/ui/query-state';

import { useKnockOutWhatIf } from '../../api/rubrics';
import {
  describeQuestionWhatIf,
  describeRubricWhatIf,
  knockOutRulesKey,
} from '../../model/knock-out-what-if';
import { KnockOutRuleBadge } from '../editor/knock-out-editor';

/**
 * Before publishing: how many past candidates the draft's knock-out questions would have knocked
 * out, in all and per question. The API counts the draft as saved, so `version` is the saved one
 * and `unsaved` says when the screen holds edits the count does not include yet.
 */
export function KnockOutWhatIf({
  version,
  unsaved,
  headingOrder = 2,
}: {
  version: RubricVersion;
  unsaved: boolean;
  headingOrder?: 2 | 3;
}) {
  const headingId = useId();
  const rules = knockOutRulesKey(version);
  const whatIf = useKnockOutWhatIf(version.id, rules, rules !== '');
  const empty = (
    <Text size="sm" c="dimmed">
      No knock-out questions in this draft. Open a question and pick a minimum under “Knock out
      below” to flag the candidates who miss it.
    </Text>
  );
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Title order={headingOrder} size="h5" id={headingId} mb={4}>
        Knock-out rules: what if?
      </Title>
      {rules === '' ? (
        empty
      ) : (
        <QueryState
          query={whatIf}
          loading={
            <Stack gap={6} aria-busy="true" aria-label="Counting past candidates">
              <Skeleton height={18} width="70%" />
              <Skeleton height={14} width="50%" />
            </Stack>
          }
          errorTitle="Past candidates could not be counted"
          errorMessage={
            whatIf.error?.status === 404
              ? 'This version no longer exists. Reload the page.'
              : whatIf.error?.message
          }
          isEmpty={(data) => data.questions.length === 0}
          empty={empty}
        >
          {(data) => (
            <Stack gap="xs">
              <Text fw={600} role="status">
                {describeRubricWhatIf(data)}
              </Text>
              {data.questions.length > 1 && (
                <List size="sm" spacing={4} aria-label="By question">
                  {data.questions.map((question) => (
                    <List.Item key={question.questionId}>
                      <Group gap={6} wrap="wrap">
                        <Text size="sm" span>
                          “{question.text}”
                        </Text>
                        <KnockOutRuleBadge minRating={question.minRating} />
                        <Text size="sm" c="dimmed" span>
                          {describeQuestionWhatIf(question)}
                        </Text>
                      </Group>
                    </List.Item>
                  ))}
                </List>
              )}
              {data.questions.length === 1 && data.questions[0] && (
                <Group gap={6} wrap="wrap">
                  <Text size="sm" span>
                    “{data.questions[0].text}”
                  </Text>
                  <KnockOutRuleBadge minRating={data.questions[0].minRating} />
                </Group>
              )}
              <Text size="xs" c="dimmed">
                Past candidates: those with a submitted rating of one of these questions in any
                version of this rubric, each read by the panel’s mean rating in a round.
                {data.olderRoundsLeftOut &&
                  ' This rubric has more rounds than are read at once: the count is of the newest, the applicants a new minimum will meet.'}
                {unsaved && ' Edits not saved yet are counted once they are saved.'}
              </Text>
            </Stack>
          )}
        </QueryState>
      )}
    </Paper>
  );
}
