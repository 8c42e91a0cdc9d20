import { RubricVersion, Scorecard } from '@calibrate/contracts';
import { useEffect, useMemo, useState } from 'react';

import { InterviewDraft } from '../../autosave/interview-draft';
import { useSaveQueue } from '../../autosave/save-queue-provider';
import { interviewSteps } from '../../model/interview-steps';
import { interviewStartedAt } from '../timers';

/**
 * The interviewer's working copy of one scorecard: a draft over the app's save queue (created once
 * per scorecard, following the queue while mounted), the steps of its rubric, and when the
 * interview started.
 */
export function useInterviewDraft(scorecard: Scorecard, rubric: RubricVersion) {
  const queue = useSaveQueue();
  const [draft] = useState(() => new InterviewDraft(scorecard, queue));
  useEffect(() => draft.connect(), [draft]);
  const steps = useMemo(() => interviewSteps(rubric), [rubric]);
  const [startedAt] = useState(() => interviewStartedAt(scorecard.id, scorecard.answers));
  return { queue, draft, steps, startedAt };
}
