import { reminderSentSchema } from '@calibrate/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import { feedbackQueries } from './get-feedback-owed';

/** Reminds the interviewer of one owed scorecard (429 REMINDER_TOO_SOON within the hour). */
export function remindScorecard(scorecardId: string) {
  return apiRequest(`/v1/scorecards/${scorecardId}/remind`, {
    method: 'POST',
    body: {},
    schema: reminderSentSchema,
  });
}

/** One reminder naming all of an interviewer's overdue scorecards (of one job when given). */
export function remindInterviewer(target: { interviewerId: string; jobId?: string }) {
  return apiRequest('/v1/feedback-owed/remind', {
    method: 'POST',
    body: target,
    schema: reminderSentSchema,
  });
}

/** Both refresh Feedback owed afterwards, so "last reminded" shows the new time. */
export function useRemindScorecard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: remindScorecard,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedbackQueries.all() }),
  });
}

export function useRemindInterviewer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: remindInterviewer,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedbackQueries.all() }),
  });
}
