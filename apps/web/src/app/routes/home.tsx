import { Navigate } from 'react-router';

import { useCan } from '@/features/auth';

/** Staff start at the candidates; interviewers at the interviews they owe. */
export function Component() {
  const staff = useCan('candidates.compare');
  return <Navigate to={staff ? '/candidates' : '/interviews'} replace />;
}
