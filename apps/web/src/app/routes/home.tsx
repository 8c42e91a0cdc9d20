import { Navigate } from 'react-router';

import { useMe } from '@/features/auth/api/session';

/** Interviewers start at the interviews they owe; everyone else at the candidates. */
export function Component() {
  const role = useMe().data?.user.role;
  return <Navigate to={role === 'interviewer' ? '/interviews' : '/candidates'} replace />;
}
