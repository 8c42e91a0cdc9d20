import { Recommendation } from '@calibrate/contracts';
import { Alert, Button, Group, List, Modal, Paper, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useRef, useState } from 'react';

import { ApiError } from '@/lib/api-client';

import { useAmendScorecard, useReloadSession } from '../../api/amendments';
import { InterviewSession } from '../../api/scorecards';
import {
  amendChanges,
  AmendDraft,
  amendmentBody,
  amendProblems,
  AmendTarget,
  hasProblems,
  ratingText,
  recommendationText,
  startAmendment,
} from '../../model/submitted-scorecard';
import { anchorOptions } from '../question-card';
import { RatingGroup, RatingOption } from '../rating-group';
import { recommendationOptions } from '../wrap-up-step';
import { Change } from './amendment-history';

type RatingChoice = number | 'not_asked';

/**
 * Amending a submitted scorecard: the new rating and note (or recommendation and summary), a
 * reason, and the change as before → after, then confirm. Sent with the scorecard's version
 * (If-Match) and one Idempotency-Key per amendment, so a retry after a lost answer applies once.
 */
export function AmendDialog({
  session,
  target,
  onClose,
}: {
  session: InterviewSession;
  target: AmendTarget;
  onClose: () => void;
}) {
  const { scorecard, rubric } = session;
  const [draft, setDraft] = useState<AmendDraft>(() => startAmendment(scorecard, target));
  const [checked, setChecked] = useState(false);
  const amend = useAmendScorecard(scorecard);
  const reload = useReloadSession(scorecard.id);
  // One key per amendment as sent: the same body again (a retry) reuses it.
  const attempt = useRef<{ body: string; key: string } | undefined>(undefined);

  const changes = amendChanges(scorecard, draft);
  const problems = amendProblems(scorecard, draft);
  const shown = checked ? problems : {};
  const error = amend.error instanceof ApiError ? amend.error : undefined;
  const conflict = error?.code === 'SCORECARD_VERSION_CONFLICT';

  const questions = rubric.categories.flatMap((category) => category.questions);
  const index =
    target.kind === 'question' ? questions.findIndex((q) => q.id === target.questionId) : -1;
  const question = questions[index];
  const title =
    target.kind === 'question' ? `Amend question ${index + 1}` : 'Amend the recommendation';

  const confirm = () => {
    setChecked(true);
    if (hasProblems(problems)) return;
    const body = amendmentBody(scorecard, draft);
    const serialized = JSON.stringify({ body, version: scorecard.version });
    if (attempt.current?.body !== serialized)
      attempt.current = { body: serialized, key: crypto.randomUUID() };
    amend.mutate(
      { body, version: scorecard.version, idempotencyKey: attempt.current.key },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: 'Amendment saved, with its reason.' });
          onClose();
        },
      },
    );
  };

  const setAnswer = (patch: Partial<Extract<AmendDraft, { kind: 'question' }>['answer']>) =>
    setDraft((current) =>
      current.kind === 'question'
        ? { ...current, answer: { ...current.answer, ...patch } }
        : current,
    );

  return (
    <Modal opened onClose={onClose} title={title} size="lg" centered>
      <Stack gap="sm">
        {draft.kind === 'question' && question && (
          <>
            <Text size="sm" fw={600}>
              {question.text}
            </Text>
            <RatingGroup<RatingChoice>
              label="New rating"
              options={[
                ...anchorOptions(question),
                {
                  value: 'not_asked',
                  key: '0',
                  label: 'Not asked',
                } satisfies RatingOption<RatingChoice>,
              ]}
              value={draft.answer.notAsked ? 'not_asked' : draft.answer.rating}
              onChange={(choice) =>
                setAnswer(
                  choice === 'not_asked'
                    ? { rating: null, notAsked: true }
                    : { rating: choice, notAsked: false },
                )
              }
            />
            {shown.rating && (
              <Text size="sm" c="red.8" role="alert">
                {shown.rating}
              </Text>
            )}
            <Textarea
              label="Note"
              description="What the candidate said or did. A 1 or a 5 needs one."
              autosize
              minRows={2}
              maxLength={5000}
              value={draft.answer.note}
              error={shown.note}
              onChange={(event) => setAnswer({ note: event.currentTarget.value })}
            />
          </>
        )}
        {draft.kind === 'wrap-up' && (
          <>
            <RatingGroup<Recommendation>
              label="New recommendation"
              options={recommendationOptions}
              value={draft.recommendation}
              onChange={(recommendation) =>
                setDraft((current) =>
                  current.kind === 'wrap-up' ? { ...current, recommendation } : current,
                )
              }
            />
            {shown.recommendation && (
              <Text size="sm" c="red.8" role="alert">
                {shown.recommendation}
              </Text>
            )}
            <Textarea
              label="Overall summary"
              autosize
              minRows={2}
              maxLength={10000}
              value={draft.summary}
              onChange={(event) => {
                const summary = event.currentTarget.value;
                setDraft((current) =>
                  current.kind === 'wrap-up' ? { ...current, summary } : current,
                );
              }}
            />
          </>
        )}
        <Textarea
          label="Reason for the amendment"
          description="Kept with the change in the scorecard’s history, for everyone who reads it."
          required
          autosize
          minRows={2}
          maxLength={1000}
          value={draft.reason}
          error={shown.reason}
          onChange={(event) => {
            const reason = event.currentTarget.value;
            setDraft((current) => ({ ...current, reason }));
          }}
        />

        <Paper withBorder radius="md" p="sm" bg="gray.0" aria-label="Before and after">
          <Text size="sm" fw={700} mb={4}>
            Before → after
          </Text>
          {changes.length === 0 ? (
            <Text
              size="sm"
              c={shown.change ? 'red.8' : 'dimmed'}
              role={shown.change ? 'alert' : undefined}
            >
              {shown.change ?? `Nothing changed yet. Submitted: ${submittedText(session, target)}.`}
            </Text>
          ) : (
            <List size="sm" spacing={2}>
              {changes.map((change) => (
                <List.Item key={change.field}>
                  {change.field}:{' '}
                  <Change before={change.before || '(empty)'} after={change.after || '(empty)'} />
                </List.Item>
              ))}
            </List>
          )}
        </Paper>

        {error && (
          <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert">
            {conflict
              ? 'This scorecard changed since you opened it (another window or device). Load the current version and amend that.'
              : error.message}
            {conflict && (
              <Group mt="xs">
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => {
                    void reload();
                    onClose();
                  }}
                >
                  Load the current version
                </Button>
              </Group>
            )}
          </Alert>
        )}

        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={confirm} loading={amend.isPending} disabled={conflict}>
            Confirm amendment
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function submittedText({ scorecard }: InterviewSession, target: AmendTarget): string {
  if (target.kind === 'wrap-up') return recommendationText(scorecard.recommendation);
  return ratingText(scorecard.answers.find((a) => a.questionId === target.questionId));
}
