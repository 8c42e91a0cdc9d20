import { useMemo } from 'react';

import { FeedbackOwedPage } from '@/features/feedback';
import { useJobs } from '@/features/jobs';

export function Component() {
  const jobs = useJobs();
  const options = useMemo(
    () =>
      (jobs.data?.pages.flatMap((page) => page.items) ?? []).map((job) => ({
        id: job.id,
        title: job.title,
      })),
    [jobs.data],
  );
  return <FeedbackOwedPage jobs={options} />;
}
