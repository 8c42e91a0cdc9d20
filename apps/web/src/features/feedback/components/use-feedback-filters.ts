import { feedbackWindows } from '@calibrate/contracts';
import { useSearchParams } from 'react-router';

/** The job (`jobId`, all when absent) and the window of the job figures (`days`, 30 when absent). */
export function useFeedbackFilters() {
  const [params, setParams] = useSearchParams();
  const jobId = params.get('jobId') ?? undefined;
  const daysParam = Number(params.get('days'));
  const days = (feedbackWindows as readonly number[]).includes(daysParam) ? daysParam : 30;
  /** Sets (or, with null, removes) a parameter, replacing the history entry. */
  const set = (key: 'jobId' | 'days', value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  return { jobId, days, set };
}
