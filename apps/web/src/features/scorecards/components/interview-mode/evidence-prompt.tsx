import { needsEvidence } from '@calibrate/contracts';
import { Box } from '@mantine/core';
import { useEffect, useState } from 'react';

import { InterviewDraft } from '../../autosave/interview-draft';
import { EvidenceHint } from '../question-card';

/** Under a 1 or a 5 without a note: how to write the evidence from the keyboard. */
export function EvidencePrompt({
  draft,
  questionId,
}: {
  draft: InterviewDraft;
  questionId: string;
}) {
  const [show, setShow] = useState(() => needsEvidence(draft.getAnswer(questionId)));
  useEffect(
    () => draft.subscribe(questionId, () => setShow(needsEvidence(draft.getAnswer(questionId)))),
    [draft, questionId],
  );
  return show ? (
    <Box mt="sm">
      <EvidenceHint />
    </Box>
  ) : null;
}
